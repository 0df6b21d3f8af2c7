import { formatCents, parseAmount } from "./amount";

describe("parseAmount", () => {
  test.each([
    ["21,3", 2130],
    ["21.30", 2130],
    ["21", 2100],
    ["0,05", 5],
    ["6,40", 640],
    [" 1 234,50 € ", 123450],
    ["1\u202f234,5", 123450],
    ["9999,99", 999999],
    ["", 0],
  ])("reads %j as %i cents", (raw, cents) => {
    expect(parseAmount(raw)).toEqual({ ok: true, cents });
  });

  test.each(["21,305", "-3", "abc", "1.234,50", "21,", ",5", "12e3"])(
    "refuses %j with a French message",
    (raw) => {
      expect(parseAmount(raw)).toEqual({
        ok: false,
        message: "Indiquez un montant en euros, par exemple 21,30.",
      });
    },
  );

  test("refuses more than 9 999,99 €", () => {
    expect(parseAmount("10000")).toEqual({
      ok: false,
      message: "Le montant ne peut pas dépasser 9 999,99 €.",
    });
  });
});

describe("formatCents", () => {
  test.each([
    [5440, "54,40\u00a0€"],
    [5, "0,05\u00a0€"],
    [123450, "1\u00a0234,50\u00a0€"],
    [0, "0,00\u00a0€"],
  ])("writes %i cents as %j", (cents, text) => {
    expect(formatCents(cents)).toBe(text);
  });
});
