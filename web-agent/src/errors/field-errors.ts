import { CombinedGraphQLErrors } from "@apollo/client/errors";

// What every form of the portal does with a wrong input (first written for the accounts form):
// `noValidate` on the form, so that no English browser bubble shows; the page's own checks,
// one French sentence per field, shown on the field in the DSFR error state; the keyboard focus
// on the first wrong field, whose message screen readers then read with it.

/** One French sentence per wrong field. */
export type FieldErrors<F extends string> = Partial<Record<F, string>>;

// One @, a dot in the domain, no spaces: the API's rule, repeated for comfort.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** True when the text has the shape of an e-mail address (the API checks it again). */
export function looksLikeEmail(text: string): boolean {
  return EMAIL.test(text.trim());
}

/** Length as a person counts it, as the API does: characters, not UTF-16 units. */
export function characterCount(text: string): number {
  return [...text].length;
}

/** The first wrong field, in the order of the form. */
export function firstWrongField<F extends string>(
  fields: readonly F[],
  errors: FieldErrors<F>,
): F | null {
  return fields.find((field) => errors[field] !== undefined) ?? null;
}

/** Moves the focus to the first input named `field` in the form of id `formId`. */
export function focusField(formId: string, field: string | null): void {
  if (!field) return;
  requestAnimationFrame(() =>
    document.querySelector<HTMLElement>(`#${formId} [name="${field}"]`)?.focus(),
  );
}

/** A DSFR PasswordInput's `messages` for a field in error (red, under the field), or none. */
export function passwordMessages(message: string | undefined) {
  return message === undefined ? [] : [{ severity: "error" as const, message }];
}

/** The DSFR props of an Input, Select or Checkbox group in error, or none. */
export function fieldState(message: string | undefined) {
  return message === undefined ? {} : { state: "error" as const, stateRelatedMessage: message };
}

/**
 * The API's input errors on the given fields: `extensions.issues` when it lists several, else
 * the error's own `field`. Empty when the failure is not about a field of the form.
 */
export function apiFieldErrors<F extends string>(
  error: unknown,
  fields: readonly F[],
): FieldErrors<F> {
  if (!CombinedGraphQLErrors.is(error)) return {};
  const first = error.errors[0];
  if (first?.extensions?.code !== "BAD_USER_INPUT") return {};
  const errors: FieldErrors<F> = {};
  const issues = first.extensions.issues;
  const listed = Array.isArray(issues) ? issues : [first.extensions];
  const isField = (value: unknown): value is F =>
    typeof value === "string" && (fields as readonly string[]).includes(value);
  for (const issue of listed) {
    const field: unknown = issue?.field;
    const message: unknown = issue?.message ?? first.message;
    if (isField(field) && typeof message === "string" && errors[field] === undefined) {
      errors[field] = message;
    }
  }
  return errors;
}
