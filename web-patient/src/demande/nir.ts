import { checkMessages } from "./checks.messages";

// Digits, except the 7th character, which is A or B for Corsica (département 2A/2B), and then
// only after a 2 in 6th position.
const SHAPE = /^\d{5}(?:\d{2}|2[AB])\d{6}$/;

/** The NIR as the API wants it: spaces removed, upper case. */
export function compactNir(raw: string): string {
  return raw.replace(/\s+/g, "").toUpperCase();
}

/**
 * The problem with a typed social-security number, or null (SPEC 4.2). Key = 97 − (number
 * mod 97), 2A reading as 19 and 2B as 18. Never compared with the birth date: a child
 * travels under a parent's number.
 */
export function nirProblem(raw: string): string | null {
  const compact = compactNir(raw);
  if (compact.length !== 15) return checkMessages.nirLength;
  const number = compact.slice(0, 13);
  const key = compact.slice(13);
  if (!SHAPE.test(number) || !/^\d{2}$/.test(key)) return checkMessages.nirCharacters;
  const numeric = number.replace("2A", "19").replace("2B", "18");
  const expected = 97 - Number(BigInt(numeric) % 97n);
  return expected === Number(key) ? null : checkMessages.nirKey;
}
