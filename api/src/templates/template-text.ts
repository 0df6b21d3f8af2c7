import { InputError } from "../graphql/errors";
import { messages } from "./messages";
import { templateTextProblem } from "./placeholders";

export const NAME_MAX = 120;
export const SUBJECT_MAX = 200;
export const BODY_MAX = 10_000;

/** Trims and checks one text field of a template; throws an InputError on `field`. */
export function checkedText(field: string, label: string, value: string, max: number): string {
  const text = value.trim();
  if (text.length === 0) throw new InputError(field, messages.required(label));
  if (text.length > max) throw new InputError(field, messages.tooLong(label, max));
  if (field === "name") return text;
  const problem = templateTextProblem(text);
  if (problem?.kind === "unknown-placeholders") {
    throw new InputError(field, messages.unknownPlaceholders(problem.names));
  }
  if (problem?.kind === "unbalanced-braces") throw new InputError(field, messages.unbalancedBraces);
  return text;
}
