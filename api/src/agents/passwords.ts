import { hash, verify } from "@node-rs/argon2";
import { messages } from "./messages";

export const PASSWORD_MIN_LENGTH = 12;
// Long enough for any passphrase, short enough that hashing cannot be used to exhaust the CPU.
export const PASSWORD_MAX_LENGTH = 128;

/** argon2id (the library's default algorithm) with its default, OWASP-level cost. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function passwordMatches(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed stored hash never signs anyone in
  }
}

let decoy: Promise<string> | undefined;

/**
 * Verifies against a throwaway hash, so that an unknown e-mail takes as long to refuse as a
 * wrong password and timing does not reveal which accounts exist.
 */
export async function spendVerificationTime(password: string): Promise<void> {
  decoy ??= hash("decoy password that matches nothing");
  await passwordMatches(await decoy, password);
}

/** The password policy (ANSSI-style length rule); returns a French message or null. */
export function passwordProblem(password: string, email?: string): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return messages.passwordTooShort(PASSWORD_MIN_LENGTH);
  if (length > PASSWORD_MAX_LENGTH) return messages.passwordTooLong(PASSWORD_MAX_LENGTH);
  if (email && reusesEmail(password, email)) return messages.passwordIsEmail;
  return null;
}

/**
 * True when the password holds the address, or the part before "@" when that part is long
 * enough to be a name ("paul.nouveau2026!" reuses paul.nouveau@…; "jo" is too common to ban).
 */
function reusesEmail(password: string, email: string): boolean {
  const lowered = password.toLowerCase();
  const address = email.trim().toLowerCase();
  const local = address.split("@")[0] ?? "";
  return lowered.includes(address) || (local.length >= 4 && lowered.includes(local));
}
