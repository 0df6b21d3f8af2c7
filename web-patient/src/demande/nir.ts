import { compactNir, nirProblem as nirProblemOf, type NirProblem } from "@mrs/web-common/identity";
import { checkMessages } from "./checks.messages";

export { compactNir };

const NIR_MESSAGES: Record<NirProblem, string> = {
  length: checkMessages.nirLength,
  characters: checkMessages.nirCharacters,
  key: checkMessages.nirKey,
};

/** The patient's reading of what is wrong with a typed social-security number, or null. */
export function nirProblem(raw: string): string | null {
  const problem = nirProblemOf(raw);
  return problem === null ? null : NIR_MESSAGES[problem];
}
