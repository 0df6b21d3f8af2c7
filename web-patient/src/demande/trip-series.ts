import { addDays, isoWeekday } from "./local-date";

/** The API takes at most 100 trips per claim. */
export const MAX_SERIES_DATES = 100;

/**
 * Every date between `from` and `to` (both included) that falls on one of `weekdays`
 * (1 = Monday … 7 = Sunday): "every Monday and Thursday from 5 to 30 January".
 */
export function weeklyDates(from: string, to: string, weekdays: readonly number[]): string[] {
  const wanted = new Set(weekdays);
  const dates: string[] = [];
  for (let date = from; date <= to && dates.length < MAX_SERIES_DATES; date = addDays(date, 1)) {
    if (wanted.has(isoWeekday(date))) dates.push(date);
  }
  return dates;
}

/** `count` sessions, the first on `first`, then one every `everyDays` days. */
export function intervalDates(first: string, count: number, everyDays: number): string[] {
  const sessions = Math.min(Math.max(0, Math.trunc(count)), MAX_SERIES_DATES);
  const step = Math.max(1, Math.trunc(everyDays));
  return Array.from({ length: sessions }, (_, index) => addDays(first, index * step));
}
