import { todayInParis } from "./paris-date";

test("late evening in UTC is already tomorrow in Paris", () => {
  expect(todayInParis(new Date("2026-03-14T23:30:00Z"))).toBe("2026-03-15");
  expect(todayInParis(new Date("2026-07-31T21:59:00Z"))).toBe("2026-07-31");
  expect(todayInParis(new Date("2026-07-31T22:00:00Z"))).toBe("2026-08-01");
});
