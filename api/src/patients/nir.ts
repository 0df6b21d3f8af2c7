import { patientMessages } from "./messages";

/** A checked social-security number: 13 characters (upper case) and its 2-digit key. */
export interface Nir {
  number: string;
  key: string;
}

export type NirResult = { ok: true; nir: Nir } | { ok: false; message: string };

// Digits, except the 7th character, which is A or B for Corsica (département 2A/2B) and
// then only after a 2 in 6th position: the "département" part is characters 6–7.
const SHAPE = /^\d{5}(?:\d{2}|2[AB])\d{6}$/;

/**
 * Checks a NIR as the patient typed it: 15 characters, spaces ignored, any case.
 * Key = 97 − (number mod 97), where 2A reads as 19 and 2B as 18 (INSEE rule).
 * The number may be a parent's (a minor travels under it), so it is deliberately never
 * compared with the patient's birth date.
 */
export function parseNir(raw: string): NirResult {
  const compact = raw.replace(/\s+/g, "").toUpperCase();
  if (compact.length !== 15) return { ok: false, message: patientMessages.nirLength };
  const number = compact.slice(0, 13);
  const key = compact.slice(13);
  if (!SHAPE.test(number) || !/^\d{2}$/.test(key)) {
    return { ok: false, message: patientMessages.nirCharacters };
  }
  if (nirKey(number) !== Number(key)) return { ok: false, message: patientMessages.nirKey };
  return { ok: true, nir: { number, key } };
}

/** The control key of a 13-character number already known to have the right shape. */
export function nirKey(number: string): number {
  const numeric = number.replace("2A", "19").replace("2B", "18");
  return 97 - Number(BigInt(numeric) % 97n);
}
