import { LocalDate } from "@js-joda/core";

/** "2026-12-31" → "31/12/2026", the way dates are written to French readers. */
export function frenchDate(date: LocalDate | string): string {
  const iso = typeof date === "string" ? date : date.toString();
  const [year, month, day] = iso.split("-");
  return `${day}/${month}/${year}`;
}
