// The identity rules of SPEC 4.2, repeated by both web apps for comfort before the API, which
// stays the judge. Each check names the problem; each app words it for its readers.

// Digits, except the 7th character, which is A or B for Corsica (département 2A/2B), and then
// only after a 2 in 6th position.
const NIR_SHAPE = /^\d{5}(?:\d{2}|2[AB])\d{6}$/;
const NAME = /^[\p{L}\p{M}'’‘ \-‐‑–—]+$/u;
const NAME_MAX = 70;

export type NirProblem = "length" | "characters" | "key";
export type NameProblem = "missing" | "tooLong" | "characters";

/** The NIR as the API wants it: spaces removed, upper case. */
export function compactNir(raw: string): string {
  return raw.replace(/\s+/g, "").toUpperCase();
}

/**
 * What is wrong with a typed social-security number (13 characters and a 2-digit key), or
 * null. Key = 97 − (number mod 97), 2A reading as 19 and 2B as 18. Never compared with the
 * birth date: a child travels under a parent's number.
 */
export function nirProblem(raw: string): NirProblem | null {
  const compact = compactNir(raw);
  if (compact.length !== 15) return "length";
  const number = compact.slice(0, 13);
  const key = compact.slice(13);
  if (!NIR_SHAPE.test(number) || !/^\d{2}$/.test(key)) return "characters";
  const numeric = number.replace("2A", "19").replace("2B", "18");
  const expected = 97 - Number(BigInt(numeric) % 97n);
  return expected === Number(key) ? null : "key";
}

/** What is wrong with a first or last name: letters, spaces, apostrophes, hyphens, 1–70. */
export function nameProblem(value: string): NameProblem | null {
  const name = value.trim();
  if (name === "") return "missing";
  if ([...name].length > NAME_MAX) return "tooLong";
  return NAME.test(name) ? null : "characters";
}
