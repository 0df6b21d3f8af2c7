import {
  paidCents,
  paymentDelayDays,
  reimbursementBaseCents,
  roundHalfUp,
  savingCents,
  taxiReferenceCents,
  type Rates,
} from "./computations";

const rates: Rates = {
  vpCentsPerKm: 30,
  coverageGeneralPercent: 55,
  taxiCentsPerKm: 162,
  taxiCentsPerLeg: 190,
  taxiRatioPercent: 91,
};
const roundTrip = { returnDate: "2026-11-02" };
const oneWay = { returnDate: null };

describe("SPEC 4.6 computations", () => {
  it("gives the taxi reference of the SPEC example: 100 km, 2 round trips → 154,34 €", () => {
    expect(taxiReferenceCents(100, [roundTrip, roundTrip], rates)).toBe(15434);
  });

  it("counts one leg for a one-way trip", () => {
    // (10 × 1,62 + 1,90 × 3) × 0,91 = 19,929 → 19,93 €
    expect(taxiReferenceCents(10, [roundTrip, oneWay], rates)).toBe(1993);
  });

  it("gives the estimate of the SPEC example: 160 km + 6,40 € tolls", () => {
    const base = reimbursementBaseCents(
      { distanceKm: 160, tollsCents: 640, parkingCents: 0, publicTransportCents: 0 },
      rates,
    );
    expect(base).toBe(5440);
    expect(paidCents(base, 55)).toBe(2992);
    expect(paidCents(base, 100)).toBe(5440);
  });

  it("adds parking and the public-transport fare to the base", () => {
    const base = reimbursementBaseCents(
      { distanceKm: 0, tollsCents: 0, parkingCents: 450, publicTransportCents: 2380 },
      rates,
    );
    expect(base).toBe(2830);
  });

  it("rounds half-up once, at the end", () => {
    expect(roundHalfUp(5, 10)).toBe(1); // 0,5 → 1
    expect(roundHalfUp(4, 10)).toBe(0);
    expect(paidCents(1, 55)).toBe(1); // 0,55 cent → 1 cent
    expect(paidCents(109, 55)).toBe(60); // 59,95 → 60
  });

  it("computes a saving only for a shifted patient travelling by car with a payment base", () => {
    expect(savingCents(15434, 5440, true, true)).toBe(9994);
    expect(savingCents(15434, 5440, false, true)).toBeNull();
    expect(savingCents(15434, null, true, true)).toBeNull();
    expect(savingCents(15434, 5440, true, false)).toBeNull();
  });

  it("measures the payment delay in days with two decimals", () => {
    const submitted = new Date("2026-06-01T10:00:00Z"); // 12:00 in Paris
    const mandate = new Date("2026-06-09T22:00:00Z"); // 10/06/2026 00:00 in Paris
    expect(paymentDelayDays(submitted, mandate)).toBe(8.5);
  });
});
