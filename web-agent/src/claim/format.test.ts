import { formatCents, formatInstant, formatLocalDate, formatNir } from "./format";

// Intl writes narrow no-break spaces; compare on plain spaces.
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, " ");

test("money in cents reads in euros, French style", () => {
  expect(plain(formatCents(154_334))).toBe("1 543,34 €");
  expect(plain(formatCents(0))).toBe("0,00 €");
  expect(formatCents(null)).toBe("—");
});

test("calendar dates never shift with the time zone", () => {
  expect(formatLocalDate("2026-01-01")).toBe("01/01/2026");
  expect(formatLocalDate(null)).toBe("—");
});

test("instants are shown in Paris time", () => {
  expect(formatInstant("2026-06-09T22:30:00Z")).toBe("10/06/2026 00:30");
});

test("a NIR is grouped as on the carte Vitale", () => {
  expect(formatNir("268023155504223")).toBe("2 68 02 31 555 042 23");
  expect(formatNir("175032A00412329")).toBe("1 75 03 2A 004 123 29");
});
