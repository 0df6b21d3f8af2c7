import { startTestApi, type TestApi } from "../../test/test-api";
import {
  claimInput,
  createCaisse,
  FROZEN_NOW,
  startDraft,
  submit,
  uploaded,
  type Draft,
} from "../../test/factories";
import { DomainError } from "../graphql/errors";
import { parisDate } from "../shared/local-date";
import { openDraft } from "./draft-access";
import { personalToken } from "./personal-link";
import { storeClaim, type NewClaim } from "./store-claim";
import { validateClaimInput } from "./validate-claim-input";

// storeClaim writes a submission with one statement that writes nothing when the draft changed
// after submitClaim read it. These tests make that happen between the read and the statement,
// where a concurrent request would, and check the answer and that nothing was written.

let api: TestApi;
let caisseId: string;
beforeAll(async () => {
  api = await startTestApi({}, () => FROZEN_NOW);
  caisseId = (await createCaisse(api)).id;
});
afterAll(async () => {
  await api.stop();
});

type Input = ReturnType<typeof claimInput>;

/** What submitClaim has in hand just before it stores: the draft read and the input validated. */
async function readAndValidate(draft: Draft, input: Input): Promise<NewClaim> {
  const em = api.orm.em.fork();
  const open = await openDraft(em, draft.id, draft.token, input.caisseId, FROZEN_NOW);
  if (!open.caisse) throw new Error("the test caisse was not read");
  const valid = validateClaimInput(input as Parameters<typeof validateClaimInput>[0], {
    caisse: open.caisse,
    today: parisDate(FROZEN_NOW),
    uploads: open.uploads,
  });
  return {
    draftId: open.id,
    caisse: open.caisse,
    valid,
    snapshot: {},
    conflictsKept: 0,
    conflictsFixed: 0,
    now: FROZEN_NOW,
    config: api.context().config,
    personalToken: (claimId) => personalToken(draft.token, claimId),
  };
}

/** What the database holds for a draft and a NIR, and the day's counter. */
async function footprint(draftId: string, nir: string) {
  const [row] = await api.orm.em
    .fork()
    .execute<
      { claims: number; patients: number; counter: number | null; draft_claim: string | null }[]
    >(
      `select (select count(*)::int from claim c join patient p on p.id = c.patient_id
              where p.nir = ?) as claims,
            (select count(*)::int from patient where nir = ?) as patients,
            (select last from claim_number_day where day = '2026-12-03') as counter,
            (select claim_id from claim_draft where id = ?) as draft_claim`,
      [nir.slice(0, 13), nir.slice(0, 13), draftId],
    );
  return row;
}

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof DomainError)) throw new Error(`expected a DomainError, got ${error}`);
  return error;
}

describe("storeClaim: the submission statement", () => {
  it("stores the claim whole and answers its view, the number in its e-mail", async () => {
    const draft = await startDraft(api);
    const toll = await uploaded(api, draft, "VP_RECEIPT", "receipt-toll.png");
    const input = claimInput(caisseId, {
      vehicle: { distanceKm: 80, tollsCents: 640 },
      trips: [
        { outboundDate: "2026-11-20", returnDate: "2026-11-20" },
        { outboundDate: "2026-11-27", returnDate: null },
      ],
      attachmentIds: [toll],
    });
    const stored = await storeClaim(api.orm.em.fork(), await readAndValidate(draft, input));
    if (!("claim" in stored)) throw new Error("nothing stored");
    const { claim } = stored;
    expect(claim.number).toMatch(/^20261203\d{4}$/);
    expect(claim.trips).toEqual([
      { outboundDate: "2026-11-20", returnDate: "2026-11-20" },
      { outboundDate: "2026-11-27", returnDate: null },
    ]);
    expect(claim.attachments?.map((a) => [a.id, a.kind, a.fileName])).toEqual([
      [toll, "VP_RECEIPT", "receipt-toll.png"],
    ]);
    const em = api.orm.em.fork();
    const trips = await em.execute(
      `select position, to_char(outbound_date, 'YYYY-MM-DD') as outbound,
              to_char(return_date, 'YYYY-MM-DD') as return
         from trip where claim_id = ? order by position`,
      [claim.id],
    );
    expect(trips).toEqual([
      { position: 0, outbound: "2026-11-20", return: "2026-11-20" },
      { position: 1, outbound: "2026-11-27", return: null },
    ]);
    const [written] = await em.execute<Record<string, unknown>[]>(
      `select c.number, c.version, c.tolls_cents, d.claim_id as draft_claim,
              (select count(*)::int from attachment where claim_id = c.id) as documents,
              (select e.subject from outbox_email e where e.claim_id = c.id) as subject,
              (select count(*)::int from claim_event v where v.claim_id = c.id
                  and v.type = 'SUBMITTED' and v.email_id is not null) as events
         from claim c join claim_draft d on d.claim_id = c.id where c.id = ?`,
      [claim.id],
    );
    expect(written).toEqual({
      number: claim.number,
      version: 1,
      tolls_cents: 640,
      draft_claim: claim.id,
      documents: 1,
      subject: `Votre demande de remboursement n° ${claim.number} est bien reçue`,
      events: 1,
    });
  });

  it("writes nothing, and says which document, when one was removed after it was read", async () => {
    const draft = await startDraft(api);
    const toll = await uploaded(api, draft, "VP_RECEIPT", "receipt-toll.png");
    const input = claimInput(caisseId, {
      vehicle: { distanceKm: 80, tollsCents: 640 },
      attachmentIds: [toll],
    });
    const data = await readAndValidate(draft, input);
    const before = await footprint(draft.id, input.patient.nir);
    // The patient removes the receipt in another tab, just before the statement runs.
    await api.orm.em.fork().execute("delete from attachment where id = ?", [toll]);

    const error = await refusal(storeClaim(api.orm.em.fork(), data));
    expect(error.code).toBe("BAD_USER_INPUT");
    expect(error.extra).toEqual({ field: "attachmentIds" });
    expect(error.message).toMatch(/documents joints est introuvable/);
    expect(await footprint(draft.id, input.patient.nir)).toEqual({
      ...before,
      claims: 0,
      patients: 0,
      draft_claim: null,
    });
  });

  it("answers with the claim of a concurrent submission of the same draft, storing no second", async () => {
    const draft = await startDraft(api);
    const input = claimInput(caisseId);
    const data = await readAndValidate(draft, input);
    const first = await submit(api, draft, input);
    const firstId = first.body.data?.submitClaim.claim?.id;
    expect(firstId).toBeDefined();
    const before = await footprint(draft.id, input.patient.nir);

    expect(await storeClaim(api.orm.em.fork(), data)).toEqual({ existingId: firstId });
    expect(await footprint(draft.id, input.patient.nir)).toEqual({
      ...before,
      claims: 1,
      draft_claim: firstId,
    });
  });

  it("answers UNAUTHENTICATED when the draft was purged after it was read", async () => {
    const draft = await startDraft(api);
    const input = claimInput(caisseId);
    const data = await readAndValidate(draft, input);
    await api.orm.em.fork().execute("delete from claim_draft where id = ?", [draft.id]);

    const error = await refusal(storeClaim(api.orm.em.fork(), data));
    expect(error.code).toBe("UNAUTHENTICATED");
    const after = await footprint(draft.id, input.patient.nir);
    expect([after?.claims, after?.patients]).toEqual([0, 0]);
  });
});
