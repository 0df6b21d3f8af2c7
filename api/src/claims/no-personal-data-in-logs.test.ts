import { startTestApi, type TestApi } from "../../test/test-api";
import { claimInput, createCaisse, FROZEN_NOW, startDraft, submit } from "../../test/factories";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ LOG_LEVEL: "trace" }, () => FROZEN_NOW);
});
afterAll(async () => {
  await api.stop();
});

// Values no code path would produce by chance, so that any occurrence is a leak.
const SENTINELS = {
  nir: "175032A00412329",
  firstName: "Sentinelleprenom",
  lastName: "Sentinellenom",
  email: "sentinelle.fuite@exemple.fr",
};

describe("logs", () => {
  it("never contain the NIR, names or e-mail a patient typed, on success or refusal", async () => {
    const caisse = await createCaisse(api);
    const patient = { ...SENTINELS, birthDate: "1975-03-02" };
    const draft = await startDraft(api);
    const bad = claimInput(caisse.id, { patient: { ...patient, email: "pas-une-adresse" } });
    expect((await submit(api, draft, bad)).body.errors).toHaveLength(1);
    const good = await submit(api, draft, claimInput(caisse.id, { patient }));
    const claim = good.body.data?.submitClaim.claim;
    expect(claim?.patient.nir).toBe(SENTINELS.nir);
    const malformed = claimInput(caisse.id, { patient: { ...patient, birthDate: SENTINELS.nir } });
    expect((await submit(api, await startDraft(api), malformed)).status).toBe(400);

    const text = JSON.stringify(api.logs);
    expect(api.logs.some((line) => line.msg === "claim submitted")).toBe(true);
    for (const value of [...Object.values(SENTINELS), "175032A004123", "pas-une-adresse"]) {
      expect(text.toLowerCase()).not.toContain(value.toLowerCase());
    }
  });
});
