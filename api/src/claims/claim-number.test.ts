import { startTestApi, type TestApi } from "../../test/test-api";
import { claimInput, createCaisse, FROZEN_NOW, startDraft, submit } from "../../test/factories";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ DATABASE_POOL_MAX: "10" }, () => FROZEN_NOW);
});
afterAll(async () => {
  await api.stop();
});

describe("claim numbers (SPEC 4.3)", () => {
  it("gives 50 concurrent submissions 50 distinct consecutive numbers of the Paris day", async () => {
    const caisse = await createCaisse(api);
    const drafts = await Promise.all(Array.from({ length: 50 }, () => startDraft(api)));
    const results = await Promise.all(
      drafts.map((draft) => submit(api, draft, claimInput(caisse.id))),
    );
    const numbers = results.map((r) => {
      const number = r.body.data?.submitClaim.claim?.number;
      if (!number) throw new Error(JSON.stringify(r.body.errors));
      return number;
    });
    expect(numbers.every((n) => /^20261203\d{4}$/.test(n))).toBe(true);
    const sequences = numbers.map((n) => Number(n.slice(8))).sort((a, b) => a - b);
    expect(new Set(sequences).size).toBe(50);
    const first = sequences[0] ?? -1;
    expect(sequences).toEqual(Array.from({ length: 50 }, (_, i) => first + i));
  });

  it("restarts the sequence at 0000 on a new Paris day", async () => {
    // 23:30 UTC on 31 December is already 1 January in Paris.
    const newYear = await startTestApi({}, () => new Date("2026-12-31T23:30:00Z"));
    try {
      const caisse = await createCaisse(newYear);
      const input = claimInput(caisse.id, { trips: [{ outboundDate: "2027-01-01" }] });
      const { body } = await submit(newYear, await startDraft(newYear), input);
      expect(body.data?.submitClaim.claim?.number).toBe("202701010000");
    } finally {
      await newYear.stop();
    }
  });
});
