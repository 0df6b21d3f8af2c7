// Trip and birth dates are calendar dates `YYYY-MM-DD` of the Paris calendar (SPEC 4.2): no
// time, no zone. Arithmetic goes through UTC midnights so that daylight saving never shifts
// a day.

import { todayInParis } from "@mrs/web-common/dates";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export { todayInParis };

/** True for an existing calendar date written `YYYY-MM-DD` (no 31 February). */
export function isLocalDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

export function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/** ISO day of the week: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** `2026-03-02` → `02/03/2026`. */
export function frenchDate(date: string): string {
  const match = DATE.exec(date);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : date;
}

/**
 * The last day a trip of `date` may still be claimed: two years after the first day of the
 * quarter that follows it, less a day (Code de la sécurité sociale, art. L332-1), that is the
 * end of the trip's quarter two years later. The API applies the same rule; repeated here so
 * the patient learns it on the trips step, not after the last one.
 */
export function lastClaimableDate(date: string): string {
  const year = Number(date.slice(0, 4));
  const quarter = Math.floor((Number(date.slice(5, 7)) - 1) / 3);
  return `${year + 2}-${["03-31", "06-30", "09-30", "12-31"][quarter]}`;
}
