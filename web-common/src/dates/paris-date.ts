/**
 * Today in Europe/Paris as `YYYY-MM-DD`, whatever the device's time zone: the calendar of
 * the rules on trip and birth dates (SPEC 4.2).
 */
export function todayInParis(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Paris",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}
