import { startTestApi, type TestApi } from "../../test/test-api";
import { claimInput, createCaisse, FROZEN_NOW, startDraft, submit } from "../../test/factories";
import { Claim } from "./claim.entity";
import { ClaimStatus } from "./claim-enums";
import { otherClaimConflicts } from "./conflicts";

let api: TestApi;
let caisseId: string;
beforeAll(async () => {
  api = await startTestApi({}, () => FROZEN_NOW);
  caisseId = (await createCaisse(api)).id;
});
afterAll(async () => {
  await api.stop();
});

/** Submits a first claim for `patient` and marks it with `status`, as an agent would. */
async function existingClaim(patient: Record<string, unknown>, status: ClaimStatus) {
  const trips = [{ outboundDate: "2026-11-05", returnDate: "2026-11-05" }];
  const { body } = await submit(
    api,
    await startDraft(api),
    claimInput(caisseId, { patient, trips }),
  );
  const claim = body.data?.submitClaim.claim;
  if (!claim) throw new Error(JSON.stringify(body.errors));
  await api.orm.em.fork().nativeUpdate(Claim, { id: claim.id }, { status });
  return claim;
}

async function claimsOf(nir: string): Promise<number> {
  return api.orm.em.fork().count(Claim, { patient: { nir: nir.slice(0, 13) } });
}

describe("duplicate trip warnings (SPEC 4.5)", () => {
  it("names a validated claim as already paid, stores nothing, then keeps the confirmed conflict", async () => {
    const patient = claimInput(caisseId).patient;
    const paid = await existingClaim(patient, ClaimStatus.VALIDATED);
    const input = claimInput(caisseId, {
      patient: { ...patient, firstName: "ZOE" },
      trips: [
        { outboundDate: "2026-11-12", returnDate: null },
        { outboundDate: "2026-11-05", returnDate: "2026-11-05" },
      ],
    });
    const draft = await startDraft(api);

    const warned = await submit(api, draft, input);
    expect(warned.body.data?.submitClaim).toEqual({
      claim: null,
      conflicts: [
        { tripIndex: 1, date: "2026-11-05", reason: "ALREADY_PAID", otherClaimNumber: paid.number },
      ],
      followUpUrl: null,
    });
    expect(await claimsOf(patient.nir)).toBe(1);

    const confirmed = await submit(api, draft, input, true);
    const claim = confirmed.body.data?.submitClaim.claim;
    expect(claim).toMatchObject({ conflictsKept: 1, conflictsFixed: 0, status: "SUBMITTED" });
    expect(confirmed.body.data?.submitClaim.conflicts).toHaveLength(1);
    expect(await claimsOf(patient.nir)).toBe(2);
  });

  it("flags claims being processed and dates repeated in the claim, and counts fixes", async () => {
    const patient = claimInput(caisseId).patient;
    const pending = await existingClaim(patient, ClaimStatus.IN_PROGRESS);
    const draft = await startDraft(api);
    const trips = [
      { outboundDate: "2026-11-05", returnDate: null },
      { outboundDate: "2026-11-06", returnDate: null },
      { outboundDate: "2026-11-06", returnDate: null },
    ];
    const warned = await submit(api, draft, claimInput(caisseId, { patient, trips }));
    expect(warned.body.data?.submitClaim.conflicts).toEqual([
      {
        tripIndex: 0,
        date: "2026-11-05",
        reason: "BEING_PROCESSED",
        otherClaimNumber: pending.number,
      },
      { tripIndex: 2, date: "2026-11-06", reason: "SAME_CLAIM", otherClaimNumber: null },
    ]);

    const fixed = [trips[1], { outboundDate: "2026-11-07", returnDate: null }];
    const { body } = await submit(api, draft, claimInput(caisseId, { patient, trips: fixed }));
    expect(body.data?.submitClaim.conflicts).toEqual([]);
    expect(body.data?.submitClaim.claim).toMatchObject({ conflictsKept: 0, conflictsFixed: 2 });
  });

  it("ignores rejected and cancelled claims, and other people", async () => {
    const patient = claimInput(caisseId).patient;
    await existingClaim(patient, ClaimStatus.REJECTED);
    const twin = { ...claimInput(caisseId).patient, birthDate: "1968-02-15" };
    const trips = [{ outboundDate: "2026-11-05", returnDate: "2026-11-05" }];
    for (const who of [patient, twin]) {
      const { body } = await submit(
        api,
        await startDraft(api),
        claimInput(caisseId, { patient: who, trips }),
      );
      expect(body.data?.submitClaim.conflicts).toEqual([]);
      expect(body.data?.submitClaim.claim?.status).toBe("SUBMITTED");
    }
  });

  it("never takes the claim of the same draft for another one (two submissions racing)", async () => {
    // A second submission of one draft that read the draft before the first committed looks
    // for other claims after that commit: it must not be told its own claim is a duplicate.
    const input = claimInput(caisseId);
    const draft = await startDraft(api);
    const { body } = await submit(api, draft, input);
    expect(body.data?.submitClaim.claim?.status).toBe("SUBMITTED");
    const patient = { nir: input.patient.nir.slice(0, 13), birthDate: input.patient.birthDate };
    const trips = input.trips.map((trip) => ({
      outboundDate: trip.outboundDate,
      returnDate: trip.returnDate ?? null,
    }));
    const em = api.orm.em.fork();
    expect(await otherClaimConflicts(em, patient, trips, draft.id)).toEqual([]);
    const another = await startDraft(api);
    expect((await otherClaimConflicts(em, patient, trips, another.id)).length).toBeGreaterThan(0);
  });
});
