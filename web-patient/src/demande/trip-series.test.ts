import { addDays, frenchDate, isLocalDate, isoWeekday, todayInParis } from "./local-date";
import { intervalDates, weeklyDates } from "./trip-series";

describe("weeklyDates", () => {
  test("every Monday and Thursday between two dates, both ends included", () => {
    // 2026-11-02 is a Monday.
    expect(weeklyDates("2026-11-02", "2026-11-16", [1, 4])).toEqual([
      "2026-11-02",
      "2026-11-05",
      "2026-11-09",
      "2026-11-12",
      "2026-11-16",
    ]);
  });

  test("crosses the change to winter time and the end of the year", () => {
    expect(weeklyDates("2026-10-24", "2026-10-27", [6, 7, 1, 2])).toEqual([
      "2026-10-24",
      "2026-10-25",
      "2026-10-26",
      "2026-10-27",
    ]);
    expect(weeklyDates("2026-12-30", "2027-01-02", [4, 5])).toEqual(["2026-12-31", "2027-01-01"]);
  });

  test("gives nothing for an inverted range or no weekday, and stops at 100 dates", () => {
    expect(weeklyDates("2026-11-16", "2026-11-02", [1])).toEqual([]);
    expect(weeklyDates("2026-11-02", "2026-11-16", [])).toEqual([]);
    expect(weeklyDates("2020-01-01", "2026-01-01", [1, 2, 3, 4, 5, 6, 7])).toHaveLength(100);
  });
});

describe("intervalDates", () => {
  test("N sessions every X days", () => {
    expect(intervalDates("2026-02-25", 4, 2)).toEqual([
      "2026-02-25",
      "2026-02-27",
      "2026-03-01",
      "2026-03-03",
    ]);
  });

  test("is bounded", () => {
    expect(intervalDates("2026-01-01", 0, 7)).toEqual([]);
    expect(intervalDates("2020-01-01", 500, 1)).toHaveLength(100);
  });
});

describe("calendar dates", () => {
  test("today is the Paris date, not the UTC one", () => {
    expect(todayInParis(new Date("2026-12-03T23:30:00Z"))).toBe("2026-12-04");
    expect(todayInParis(new Date("2026-07-01T21:59:00Z"))).toBe("2026-07-01");
  });

  test("checks, moves and writes dates", () => {
    expect(isLocalDate("2028-02-29")).toBe(true);
    expect(isLocalDate("2026-02-29")).toBe(false);
    expect(isLocalDate("29/02/2028")).toBe(false);
    expect(addDays("2026-03-28", 2)).toBe("2026-03-30");
    expect(isoWeekday("2026-11-08")).toBe(7);
    expect(frenchDate("2026-03-02")).toBe("02/03/2026");
  });
});
