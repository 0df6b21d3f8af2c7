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
