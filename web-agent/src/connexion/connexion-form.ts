import { characterCount, looksLikeEmail, type FieldErrors } from "@/errors/field-errors";
import { connexionMessages as m } from "./connexion.messages";

/** The API's password length rule (api/src/agents/passwords.ts), repeated for comfort. */
export const PASSWORD_MIN_LENGTH = 12;

export const SIGN_IN_FIELDS = ["email", "password"] as const;
export type SignInField = (typeof SIGN_IN_FIELDS)[number];

/** What the sign-in page can see before asking the API. */
export function signInErrors(email: string, password: string): FieldErrors<SignInField> {
  const errors: FieldErrors<SignInField> = {};
  if (!looksLikeEmail(email)) errors.email = m.invalid.email;
  if (password === "") errors.password = m.invalid.password;
  return errors;
}

/** The forgotten-password page's only field. */
export function emailErrors(email: string): FieldErrors<"email"> {
  return looksLikeEmail(email) ? {} : { email: m.invalid.email };
}

export const SET_PASSWORD_FIELDS = ["password", "confirmation"] as const;
export type SetPasswordField = (typeof SET_PASSWORD_FIELDS)[number];

/**
 * What the choose-password page can see before asking the API: the length, and the same text
 * twice. The API checks again, and also that it is not the account's e-mail address.
 */
export function setPasswordErrors(
  password: string,
  confirmation: string,
): FieldErrors<SetPasswordField> {
  const errors: FieldErrors<SetPasswordField> = {};
  const count = characterCount(password);
  if (count === 0) errors.password = m.invalid.newPassword(PASSWORD_MIN_LENGTH);
  else if (count < PASSWORD_MIN_LENGTH) {
    errors.password = m.invalid.newPasswordTooShort(PASSWORD_MIN_LENGTH, count);
  }
  if (confirmation === "") {
    if (count > 0) errors.confirmation = m.invalid.confirmation;
  } else if (confirmation !== password) errors.confirmation = m.mismatch;
  return errors;
}
