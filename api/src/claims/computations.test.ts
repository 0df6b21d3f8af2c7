import {
  amountAtRate,
  paymentDelayDays,
  reimbursementBaseCents,
  savingCents,
  tariffOn,
  taxiReferenceCents,
} from "./computations";

const round = { returnDate: "2026-03-02" };
const oneWay = { returnDate: null };
const tariff = tariffOn("2026-03-02");

describe("claim computations (SPEC 4.6)", () => {
  it("taxi reference: 100 km in 2 round trips costs 154,34 €", () => {
    expect(taxiReferenceCents(100, [round, round], tariff)).toBe(15_434);
  });

  it("taxi reference: a one-way trip counts one leg", () => {
    // (10 × 1.62 + 1.90) × 0.91 = 16.471 → 16.47 €
    expect(taxiReferenceCents(10, [oneWay], tariff)).toBe(1_647);
  });

  it("160 km with 6,40 € of tolls: base 54,40 €, 29,92 € at 55 %, 54,40 € at 100 %", () => {
    const base = reimbursementBaseCents(
      { distanceKm: 160, tollsCents: 640, parkingCents: null, publicTransportCents: null },
      tariff,
    );
    expect(base).toBe(5_440);
    expect(amountAtRate(base, tariff.generalRatePercent)).toBe(2_992);
    expect(amountAtRate(base, 100)).toBe(5_440);
  });

  it("rounds half up once, at the end", () => {
    // 1 001 cents × 55 % = 550.55 → 551
    expect(amountAtRate(1_001, 55)).toBe(551);
    expect(amountAtRate(1_000, 55)).toBe(550);
  });

  it("public transport and parking add to the base", () => {
    const base = reimbursementBaseCents(
      { distanceKm: null, tollsCents: null, parkingCents: 300, publicTransportCents: 1_250 },
      tariff,
    );
    expect(base).toBe(1_550);
  });

  it("uses the tariff in force at the trip date", () => {
    expect(tariffOn("2023-07-31").generalRatePercent).toBe(65);
    expect(tariffOn("2023-08-01").generalRatePercent).toBe(55);
    expect(tariffOn("2001-01-01").validFrom).toBe("2015-04-01");
  });

  it("saving only for a shifted patient who drove and has a payment base", () => {
    const known = { usesVehicle: true, taxiReferenceCents: 15_434, paymentBaseCents: 6_000 };
    expect(savingCents({ ...known, shift: true })).toBe(9_434);
    expect(savingCents({ ...known, shift: false })).toBeNull();
    expect(savingCents({ ...known, shift: null })).toBeNull();
    expect(savingCents({ ...known, shift: true, usesVehicle: false })).toBeNull();
    expect(savingCents({ ...known, shift: true, paymentBaseCents: null })).toBeNull();
  });

  it("payment delay: days with two decimals to the mandate date at 00:00 in Paris", () => {
    // Submitted 2026-06-01 at 10:00 Paris (08:00 UTC); mandate 2026-06-10 00:00 Paris.
    expect(paymentDelayDays(new Date("2026-06-01T08:00:00Z"), "2026-06-10")).toBe(8.58);
    expect(paymentDelayDays(new Date("2026-06-01T08:00:00Z"), null)).toBeNull();
  });
});
