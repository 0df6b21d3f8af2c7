import { LocalDate } from "@js-joda/core";
import { isLocalDate } from "../shared/local-date";

/** The exchange file's header, exactly (SPEC 4.8). */
export const PAYMENT_COLUMNS = [
  "caisse",
  "id",
  "nir",
  "naissance",
  "transport",
  "mandatement",
  "base",
  "montant",
  "bascule",
  "finess",
  "adeli",
] as const;
export const PAYMENT_HEADER = PAYMENT_COLUMNS.join(";");

/** "10/06/2026" → "2026-06-10"; null when it is not an existing calendar date. */
export function parseFrenchDate(value: string): string | null {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value);
  if (!match) return null;
  const iso = `${match[3]}-${match[2]}-${match[1]}`;
  return isLocalDate(iso) && LocalDate.parse(iso).year() >= 2000 ? iso : null;
}

const MAX_CENTS = 999_999;

/**
 * Euros as the back office writes them ("18,32", "19", "18.3") → integer cents, never through
 * a float; null for anything else, negative amounts and more than 9 999,99 € included.
 */
export function parseEurosToCents(value: string): number | null {
  const match = /^(\d{1,4})(?:[,.](\d{1,2}))?$/.exec(value);
  if (!match) return null;
  const cents = Number(match[1]) * 100 + Number((match[2] ?? "0").padEnd(2, "0"));
  return cents <= MAX_CENTS ? cents : null;
}

/** `bascule`: 1 marks the shift from taxi to own vehicle; 0 or empty, no shift. */
export function parseShift(value: string): boolean | null {
  if (value === "1") return true;
  if (value === "0" || value === "") return false;
  return null;
}

// Nine characters; the two first are the département, "2A"/"2B" for Corsica: never a number.
const FINESS = /^(?:\d{2}|2[AB])\d{7}$/;

export function isFiness(value: string): boolean {
  return FINESS.test(value);
}

/** ADELI (9 digits) or RPPS (11 digits); older files carry shorter local identifiers. */
export function isPrescriberId(value: string): boolean {
  return /^\d{1,11}$/.test(value);
}
