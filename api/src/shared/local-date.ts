import {
  DateTimeFormatter,
  Instant,
  LocalDate,
  ResolverStyle,
  ZoneId,
  ZonedDateTime,
} from "@js-joda/core";
import "@js-joda/timezone";

/** The calendar every date of the product lives in. */
export const PARIS = ZoneId.of("Europe/Paris");

const STRICT_ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(
  ResolverStyle.STRICT,
);

/** True for an existing calendar date written "YYYY-MM-DD" (so not 2026-02-30). */
export function isLocalDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  try {
    LocalDate.parse(value, STRICT_ISO);
    return true;
  } catch {
    return false;
  }
}

/** The Paris calendar date at an instant. */
export function parisDate(at: Date = new Date()): LocalDate {
  return ZonedDateTime.ofInstant(Instant.ofEpochMilli(at.getTime()), PARIS).toLocalDate();
}
