import {
  claimInput,
  createCaisse,
  FROZEN_NOW,
  startDraft,
  submit,
  uploaded,
} from "../../test/factories";
import { startTestApi, type TestApi } from "../../test/test-api";
import { Attachment } from "../attachments/attachment.entity";
import { createLogger } from "../logging/logger";
import { OutboxEmail } from "../notifications/outbox-email.entity";
import { Patient } from "../patients/patient.entity";
import { Claim } from "./claim.entity";
import { ClaimDraft } from "./claim-draft.entity";
import { ClaimEvent } from "./claim-event.entity";
import { purgeClosedClaims, retentionCutoff } from "./purge-closed-claims";
import { Trip } from "./trip.entity";

const silent = createLogger("silent");
const CANCEL = `mutation ($id: ID!, $token: String!) { cancelClaim(id: $id, token: $token) { status } }`;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ BACKGROUND_JOBS: "false" }, () => FROZEN_NOW);
});
afterAll(async () => {
  await api.stop();
});

/** Submits a claim (optionally with a scanned prescription) and returns its ids. */
async function submitClaim(caisseId: string, patient?: Record<string, string>, withFile = false) {
  const draft = await startDraft(api);
  const attachmentIds = withFile
    ? [await uploaded(api, draft, "PRESCRIPTION", "pmt-scan.pdf")]
    : [];
  const input = claimInput(caisseId, {
    ...(patient ? { patient } : {}),
    ...(withFile ? { prescription: { kind: "PMT" }, attachmentIds } : {}),
  });
  const { body } = await submit(api, draft, input);
  const result = body.data?.submitClaim;
  if (!result?.claim || !result.followUpUrl) throw new Error(JSON.stringify(body.errors));
  const token = new URL(result.followUpUrl).searchParams.get("jeton") ?? "";
  return { id: result.claim.id, token, draftId: draft.id, patient: input.patient };
}

async function cancel(claim: { id: string; token: string }) {
  const { body } = await api.http<{ cancelClaim: { status: string } }>(CANCEL, claim);
  expect(body.data?.cancelClaim.status).toBe("CANCELLED");
}

describe("retention of closed claims (33 months)", () => {
  it("counts 33 calendar months on Paris clocks (summer time to winter time)", () => {
    // 3 September 2029, 11:00 in Paris (UTC+2) → 3 December 2026, 11:00 in Paris (UTC+1).
    expect(retentionCutoff(new Date("2029-09-03T09:00:00Z")).toISOString()).toBe(
      "2026-12-03T10:00:00.000Z",
    );
  });

  it("purges closed claims with everything they hold, keeps open ones and their patient", async () => {
    const caisse = await createCaisse(api);
    const alone = await submitClaim(caisse.id, undefined, true);
    await cancel(alone);
    const closed = await submitClaim(caisse.id);
    await cancel(closed);
    const open = await submitClaim(caisse.id, closed.patient); // same patient, still SUBMITTED
    const em = () => api.orm.em.fork();
    const [file] = await em().find(Attachment, { claim: alone.id });
    const patientOf = async (id: string) =>
      (await em().findOneOrFail(Claim, id, { populate: ["patient"] })).patient.id;
    const alonePatient = await patientOf(alone.id);
    const sharedPatient = await patientOf(open.id);
    expect(file).toBeDefined();

    const justBefore = new Date("2029-09-02T09:00:00Z");
    expect(await purgeClosedClaims(api.orm, api.storage, justBefore, silent)).toBe(false);
    expect(await em().count(Claim, { id: [alone.id, closed.id, open.id] })).toBe(3);

    const after = new Date("2029-09-04T09:00:00Z");
    await purgeClosedClaims(api.orm, api.storage, after, silent);
    const purged = [alone.id, closed.id];
    expect(
      (await em().find(Claim, { id: [alone.id, closed.id, open.id] })).map((c) => c.id),
    ).toEqual([open.id]);
    expect(await em().count(Trip, { claim: purged })).toBe(0);
    expect(await em().count(ClaimEvent, { claim: purged })).toBe(0);
    expect(await em().count(Attachment, { claim: purged })).toBe(0);
    expect(await api.storage.get(file?.storageKey ?? "")).toBeNull();
    expect(await em().count(OutboxEmail, { claimId: purged })).toBe(0);
    expect(await em().count(ClaimDraft, { id: [alone.draftId, closed.draftId] })).toBe(0);
    expect(await em().count(Patient, { id: alonePatient })).toBe(0);
    expect(await em().count(Patient, { id: sharedPatient })).toBe(1);
    expect(await em().count(Trip, { claim: open.id })).toBe(1);
    expect(await em().count(OutboxEmail, { claimId: open.id })).toBe(1);
  });
});
