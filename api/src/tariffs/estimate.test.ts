import { startTestApi, type TestApi } from "../../test/test-api";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({}, () => new Date("2026-12-03T10:00:00Z"));
});
afterAll(async () => {
  await api.stop();
});

const query = `query Estimate($input: ClaimEstimateInput!) {
  claimEstimate(input: $input) { baseCents generalRatePercent generalAmountCents fullAmountCents }
}`;
const twoRoundTrips = [
  { outboundDate: "2026-11-02", returnDate: "2026-11-02" },
  { outboundDate: "2026-11-09", returnDate: "2026-11-09" },
];

describe("Query.claimEstimate", () => {
  it("gives the SPEC example: 160 km with 6,40 € of tolls", async () => {
    const { body } = await api.http(query, {
      input: { trips: twoRoundTrips, distanceKm: 160, tollsCents: 640 },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      claimEstimate: {
        baseCents: 5440,
        generalRatePercent: 55,
        generalAmountCents: 2992,
        fullAmountCents: 5440,
      },
    });
  });

  it("applies the rate in force on the first trip's date (65 % before August 2023)", async () => {
    const { body } = await api.http<{ claimEstimate: { generalAmountCents: number } }>(query, {
      input: { trips: [{ outboundDate: "2023-07-31" }], distanceKm: 100 },
    });
    expect(body.data?.claimEstimate.generalAmountCents).toBe(1950); // 30,00 € × 65 %
  });

  it("refuses a negative amount with the field and a French message", async () => {
    const { body } = await api.http(query, {
      input: { trips: twoRoundTrips, distanceKm: 10, parkingCents: -5 },
    });
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "parkingCents",
    });
    expect(body.errors?.[0]?.message).toMatch(/montant/);
  });

  it("refuses an estimate without trips", async () => {
    const { body } = await api.http(query, { input: { trips: [], distanceKm: 10 } });
    expect(body.errors?.[0]?.extensions?.field).toBe("trips");
  });
});
