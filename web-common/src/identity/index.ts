export {
  compactNir,
  nameProblem,
  nirProblem,
  type NameProblem,
  type NirProblem,
} from "./identity-rules";
