import { claimInput, createCaisse, FROZEN_NOW, startDraft, submit } from "../../test/factories";
import { startTestApi, type TestApi } from "../../test/test-api";
import { Claim } from "../claims/claim.entity";
import { Patient } from "./patient.entity";

let api: TestApi;
let caisseId: string;
beforeAll(async () => {
  api = await startTestApi({}, () => FROZEN_NOW);
  caisseId = (await createCaisse(api)).id;
});
afterAll(async () => {
  await api.stop();
});

async function patientOf(patient: Record<string, unknown>, outboundDate: string) {
  const input = claimInput(caisseId, { patient, trips: [{ outboundDate }] });
  const { body } = await submit(api, await startDraft(api), input);
  const id = body.data?.submitClaim.claim?.id;
  if (!id) throw new Error(JSON.stringify(body.errors));
  const claim = await api.orm.em.fork().findOneOrFail(Claim, id, { populate: ["patient"] });
  return claim.patient;
}

describe("patient reuse (SPEC 4.1)", () => {
  it("reuses the patient whatever the case and accents, and keeps the newest e-mail", async () => {
    const base = claimInput(caisseId).patient;
    const first = await patientOf(base, "2026-11-02");
    const again = await patientOf(
      {
        ...base,
        nir: base.nir.replace(/(.{5})/g, "$1 "),
        firstName: "ZOE",
        email: "nouvelle@exemple.fr",
      },
      "2026-11-03",
    );
    expect(again.id).toBe(first.id);
    const stored = await api.orm.em.fork().findOneOrFail(Patient, first.id);
    expect(stored).toMatchObject({ firstName: "ZOE", email: "nouvelle@exemple.fr" });
  });

  it("keeps twins (same NIR and birth date, other first name) as two patients", async () => {
    const base = claimInput(caisseId).patient;
    const zoe = await patientOf(base, "2026-11-02");
    const lea = await patientOf({ ...base, firstName: "Léa" }, "2026-11-03");
    expect(lea.id).not.toBe(zoe.id);
  });
});
