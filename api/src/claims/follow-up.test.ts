import { startTestApi, type TestApi } from "../../test/test-api";
import {
  CLAIM_FIELDS,
  claimInput,
  createCaisse,
  FROZEN_NOW,
  startDraft,
  submit,
  type SubmittedClaim,
} from "../../test/factories";
import { OutboxEmail } from "../notifications/outbox-email.entity";
import { Claim } from "./claim.entity";
import { ClaimStatus } from "./claim-enums";

let api: TestApi;
let caisseId: string;
beforeAll(async () => {
  api = await startTestApi({}, () => FROZEN_NOW);
  caisseId = (await createCaisse(api)).id;
});
afterAll(async () => {
  await api.stop();
});

const PATIENT_CLAIM = `query ($id: ID!, $token: String!) {
  patientClaim(id: $id, token: $token) { ${CLAIM_FIELDS} }
}`;
const CANCEL = `mutation ($id: ID!, $token: String!) {
  cancelClaim(id: $id, token: $token) { ${CLAIM_FIELDS} }
}`;

/** A submitted claim and the id and token of its personal link. */
async function submitted(): Promise<{ id: string; token: string; claim: SubmittedClaim }> {
  const { body } = await submit(api, await startDraft(api), claimInput(caisseId));
  const url = new URL(body.data?.submitClaim.followUpUrl ?? "http://invalid/");
  const claim = body.data?.submitClaim.claim;
  if (!claim) throw new Error(JSON.stringify(body.errors));
  expect(url.pathname).toBe(`/suivi/${claim.id}`);
  return { id: claim.id, token: url.searchParams.get("jeton") ?? "", claim };
}

describe("patientClaim", () => {
  it("opens the claim with the personal link's token", async () => {
    const { id, token, claim } = await submitted();
    const { body } = await api.http<{ patientClaim: SubmittedClaim }>(PATIENT_CLAIM, { id, token });
    expect(body.data?.patientClaim).toMatchObject({
      id,
      number: claim.number,
      status: "SUBMITTED",
    });
    expect(body.data?.patientClaim.events).toEqual([
      expect.objectContaining({ type: "SUBMITTED", actorType: "PATIENT" }),
    ]);
  });

  it("answers a wrong token exactly like an unknown claim: null", async () => {
    const { id, token } = await submitted();
    const other = await submitted();
    const attempts = [
      { id, token: other.token },
      { id, token: "" },
      { id: "00000000-0000-4000-8000-000000000000", token },
      { id: "1 or 1=1", token },
    ];
    for (const variables of attempts) {
      const { body } = await api.http(PATIENT_CLAIM, variables);
      expect(body).toEqual({ data: { patientClaim: null } });
    }
  });
});

describe("cancelClaim", () => {
  it("cancels a SUBMITTED claim, records the event and queues the confirmation e-mail", async () => {
    const { id, token } = await submitted();
    const { body } = await api.http<{ cancelClaim: SubmittedClaim }>(CANCEL, { id, token });
    expect(body.data?.cancelClaim.status).toBe("CANCELLED");
    expect(body.data?.cancelClaim.version).toBe(2);
    expect(body.data?.cancelClaim.events.map((e) => e.type)).toEqual(["SUBMITTED", "CANCELLED"]);
    const emails = await api.orm.em
      .fork()
      .find(OutboxEmail, { claimId: id }, { orderBy: { createdAt: "asc" } });
    expect(emails.map((e) => e.kind)).toEqual(["ACKNOWLEDGEMENT", "CANCELLATION"]);
    expect(emails[1]?.subject).toMatch(/annulée/);

    const again = await api.http<{ cancelClaim: SubmittedClaim }>(CANCEL, { id, token });
    expect(again.body.data?.cancelClaim.events).toHaveLength(2);
  });

  it("refuses once an agent has taken the claim, with INVALID_TRANSITION", async () => {
    const { id, token } = await submitted();
    await api.orm.em.fork().nativeUpdate(Claim, { id }, { status: ClaimStatus.IN_PROGRESS });
    const { body } = await api.http(CANCEL, { id, token });
    expect(body.errors?.[0]?.extensions?.code).toBe("INVALID_TRANSITION");
    expect(body.errors?.[0]?.message).toMatch(/ne peut plus être annulée/);
  });

  it("answers a wrong token like an unknown claim: NOT_FOUND", async () => {
    const { id } = await submitted();
    for (const variables of [
      { id, token: "nope" },
      { id: "nope", token: "nope" },
    ]) {
      const { body } = await api.http(CANCEL, variables);
      expect(body.data ?? null).toBeNull();
      expect(body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    }
  });
});
