import { estimateReimbursement } from "./estimate";

const none = { distanceKm: 0, tollsCents: 0, parkingCents: 0, publicTransportCents: 0 };

test("SPEC 4.6 example: 160 km and 6,40 € of tolls", () => {
  expect(estimateReimbursement({ ...none, distanceKm: 160, tollsCents: 640 })).toEqual({
    baseCents: 5440,
    generalRateCents: 2992,
    fullRateCents: 5440,
  });
});

test("adds parking and public transport to the base", () => {
  expect(
    estimateReimbursement({
      distanceKm: 10,
      tollsCents: 0,
      parkingCents: 450,
      publicTransportCents: 2380,
    }),
  ).toEqual({ baseCents: 3130, generalRateCents: 1722, fullRateCents: 3130 });
});

test("rounds half up once, at the end", () => {
  // 1 km = 30 cents; 30 × 55 % = 16.5 cents → 17.
  expect(estimateReimbursement({ ...none, distanceKm: 1 }).generalRateCents).toBe(17);
  // 0,01 € × 55 % = 0.55 cent → 1; 0,09 € → 4.95 → 5.
  expect(estimateReimbursement({ ...none, tollsCents: 1 }).generalRateCents).toBe(1);
  expect(estimateReimbursement({ ...none, tollsCents: 9 }).generalRateCents).toBe(5);
});

test("takes the tariff as data", () => {
  const tariff = { kmRateCents: 32, generalRatePercent: 65, fullRatePercent: 100 };
  expect(estimateReimbursement({ ...none, distanceKm: 100 }, tariff)).toEqual({
    baseCents: 3200,
    generalRateCents: 2080,
    fullRateCents: 3200,
  });
});
