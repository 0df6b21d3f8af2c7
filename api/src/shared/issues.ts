import { InputError } from "../graphql/errors";

/** One refused input field: its dotted path in the operation's input and a French message. */
export interface Issue {
  field: string;
  message: string;
}

/**
 * Throws the first issue as the error (its `extensions.field` drives the form's inline
 * message) and lists all of them in `extensions.issues`, so a form can show every problem
 * at once.
 */
export function throwIfAny(issues: Issue[]): void {
  const [first] = issues;
  if (first) throw new InputError(first.field, first.message, { issues });
}
