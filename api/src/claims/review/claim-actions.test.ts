import { createTestAgent, signIn, type TestAgent } from "../../../test/agents";
import { createTestClaim } from "../../../test/claims";
import { createTestTemplate } from "../../../test/templates";
import { startTestApi, type TestApi } from "../../../test/test-api";
import { OutboxEmail } from "../../notifications/outbox-email.entity";
import { MessageTemplate, MessageTemplateKind } from "../../templates/message-template.entity";
import { ClaimEvent } from "../claim-event.entity";
import { ClaimStatus } from "../claim-enums";
import { reviewMessages } from "./messages";

const FIELDS = "id status version onHold distanceKm review { holdReason assignedToMe }";
const TAKE = `mutation ($id: ID!, $v: Int!) { takeClaim(id: $id, version: $v) { ${FIELDS} } }`;
const VALIDATE = `mutation ($id: ID!, $v: Int!) { validateClaim(id: $id, version: $v) { ${FIELDS} } }`;
const BULK = `mutation ($claims: [ClaimVersionInput!]!) {
  validateClaims(claims: $claims) { validatedCount outcomes { id ok code message claim { status } } }
}`;
const REJECT = `mutation ($id: ID!, $v: Int!, $t: ID!, $s: String, $b: String) {
  rejectClaim(id: $id, version: $v, templateId: $t, subject: $s, body: $b) { ${FIELDS} }
}`;
const CONTACT = `mutation ($id: ID!, $v: Int!, $t: ID!, $b: String) {
  contactPatient(id: $id, version: $v, templateId: $t, body: $b) { ${FIELDS} }
}`;
const HOLD = `mutation ($id: ID!, $v: Int!, $r: String!) {
  setClaimOnHold(id: $id, version: $v, reason: $r) { ${FIELDS} }
}`;
const RELEASE = `mutation ($id: ID!, $v: Int!) { releaseClaimHold(id: $id, version: $v) { ${FIELDS} } }`;
const CORRECT = `mutation ($id: ID!, $v: Int!, $i: CorrectClaimInput!) {
  correctClaim(id: $id, version: $v, input: $i) {
    claim { ${FIELDS} patient { nir firstName birthDate } } changedFields notices
  }
}`;

interface ClaimResult {
  id: string;
  status: string;
  version: number;
  onHold: boolean;
  distanceKm: number | null;
  review: { holdReason: string | null; assignedToMe: boolean };
}

let api: TestApi;
let agent: TestAgent;
let agent751: TestAgent;

beforeAll(async () => {
  api = await startTestApi({ BACKGROUND_JOBS: "false" });
  agent = await createTestAgent(api, ["AGENT"], ["311"]);
  agent751 = await createTestAgent(api, ["AGENT"], ["751"]);
});
afterAll(async () => {
  await api.stop();
});

function act<T = Record<string, ClaimResult>>(
  query: string,
  variables: Record<string, unknown>,
  who: TestAgent = agent,
) {
  return api.exec<T>(query, variables, { principal: who.principal });
}

async function inProgress(caisseNumber = "311", who: TestAgent = agent) {
  return createTestClaim(api, { caisseNumber, status: ClaimStatus.IN_PROGRESS, agentId: who.id });
}

const emailsOf = (claimId: string) =>
  api.orm.em.fork().find(OutboxEmail, { claimId }, { orderBy: { createdAt: "asc" } });
const eventsOf = (claimId: string) =>
  api.orm.em.fork().find(ClaimEvent, { claim: claimId }, { orderBy: { id: "asc" } });

describe("take and validate", () => {
  it("takes a claim once: the second take is an INVALID_TRANSITION", async () => {
    const claim = await createTestClaim(api);
    const taken = await act(TAKE, { id: claim.id, v: claim.version });
    expect(taken.data?.takeClaim).toMatchObject({
      status: "IN_PROGRESS",
      version: claim.version + 1,
      review: { assignedToMe: true },
    });

    const again = await act(TAKE, { id: claim.id, v: claim.version + 1 });
    expect(again.errors?.[0]?.extensions?.code).toBe("INVALID_TRANSITION");
    const events = await eventsOf(claim.id);
    expect(events.at(-1)).toMatchObject({ type: "TAKEN", actorType: "AGENT", actorId: agent.id });
  });

  it("refuses to validate a SUBMITTED claim and a stale version", async () => {
    const claim = await createTestClaim(api);
    const submitted = await act(VALIDATE, { id: claim.id, v: claim.version });
    expect(submitted.errors?.[0]).toMatchObject({
      message: reviewMessages.cannotValidate(ClaimStatus.SUBMITTED),
      extensions: { code: "INVALID_TRANSITION" },
    });
    const stale = await act(VALIDATE, { id: claim.id, v: claim.version + 7 });
    expect(stale.errors?.[0]?.extensions?.code).toBe("CONFLICT");
  });

  it("two agents validating the same version at once: one wins, one CONFLICT, one event, one e-mail", async () => {
    const claim = await inProgress();
    const colleague = await createTestAgent(api, ["AGENT"], ["311"]);
    const [a, b] = await Promise.all([
      api.http(
        VALIDATE,
        { id: claim.id, v: claim.version },
        { cookie: await signIn(api, agent.email) },
      ),
      api.http(
        VALIDATE,
        { id: claim.id, v: claim.version },
        { cookie: await signIn(api, colleague.email) },
      ),
    ]);
    const codes = [a, b].map((r) => r.body.errors?.[0]?.extensions?.code ?? "ok").sort();
    expect(codes).toEqual(["CONFLICT", "ok"]);
    expect((await eventsOf(claim.id)).filter((e) => e.type === "VALIDATED")).toHaveLength(1);
    const emails = await emailsOf(claim.id);
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({
      kind: "VALIDATION",
      recipient: claim.patientEmail,
      replyTo: "transport.311@caisses.example.org",
    });
    expect(emails[0]?.body).toContain("apparaîtra sur votre compte");
  });

  it("the validation e-mail previewed on the claim is the one validating then sends", async () => {
    const claim = await inProgress();
    const preview = await act<{
      claim: { review: { validationEmailPreview: { subject: string; body: string } } };
    }>(
      "query ($id: ID!) { claim(id: $id) { review { validationEmailPreview { subject body } } } }",
      {
        id: claim.id,
      },
    );
    expect(preview.errors).toBeUndefined();
    const shown = preview.data?.claim.review.validationEmailPreview;
    expect(shown?.subject).toContain(claim.number);

    const validated = await act(VALIDATE, { id: claim.id, v: claim.version });
    expect(validated.errors).toBeUndefined();
    const emails = await emailsOf(claim.id);
    expect(emails).toHaveLength(1);
    expect({ subject: emails[0]?.subject, body: emails[0]?.body }).toEqual(shown);
  });

  it("another caisse's claim is NOT_FOUND, like a missing one, and stays untouched", async () => {
    const claim = await createTestClaim(api, { caisseNumber: "751" });
    for (const id of [claim.id, "00000000-0000-4000-8000-000000000000", "nope"]) {
      const result = await act(TAKE, { id, v: 1 });
      expect(result.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    }
    expect(await eventsOf(claim.id)).toHaveLength(1);
  });

  it("bulk: three claims of two caisses validated, each e-mail replying to its caisse; a SUBMITTED one reported", async () => {
    const national = await createTestAgent(api, ["NATIONAL_ADMIN"], []);
    const claims = [
      await inProgress("311"),
      await inProgress("311"),
      await inProgress("751", agent751),
    ];
    const submitted = await createTestClaim(api, { caisseNumber: "311" });
    const { data } = await act<{
      validateClaims: {
        validatedCount: number;
        outcomes: {
          id: string;
          ok: boolean;
          code: string | null;
          claim: { status: string } | null;
        }[];
      };
    }>(
      BULK,
      { claims: [...claims, submitted].map((c) => ({ id: c.id, version: c.version })) },
      national,
    );

    expect(data?.validateClaims.validatedCount).toBe(3);
    expect(data?.validateClaims.outcomes.map((o) => [o.id, o.ok, o.code])).toEqual([
      [claims[0]?.id, true, null],
      [claims[1]?.id, true, null],
      [claims[2]?.id, true, null],
      [submitted.id, false, "INVALID_TRANSITION"],
    ]);
    const replyTo = [];
    for (const claim of claims) {
      const emails = await emailsOf(claim.id);
      expect(emails).toHaveLength(1);
      replyTo.push(emails[0]?.replyTo);
    }
    expect(replyTo).toEqual([
      "transport.311@caisses.example.org",
      "transport.311@caisses.example.org",
      "transport.751@caisses.example.org",
    ]);
    expect(await emailsOf(submitted.id)).toHaveLength(0);
  });
});

describe("reject and contact with templates", () => {
  it("fills the claim number in the subject, counts the use once, e-mails the patient", async () => {
    const claim = await createTestClaim(api);
    const template = await createTestTemplate(api, "311", {
      subject: "Demande n° {{claimNumber}} rejetée",
      body: "Bonjour {{patientFirstName}} {{patientLastName}},\nPièce manquante.",
    });
    const { data } = await act(REJECT, { id: claim.id, v: claim.version, t: template.id });
    expect(data?.rejectClaim?.status).toBe("REJECTED");

    const [email] = await emailsOf(claim.id);
    expect(email).toMatchObject({
      kind: "REJECTION",
      subject: `Demande n° ${claim.number} rejetée`,
    });
    expect(email?.body).toContain("Bonjour Léa Dupré,");
    const after = await api.orm.em.fork().findOneOrFail(MessageTemplate, template.id);
    expect(after.usageCount).toBe(1);
    expect((await eventsOf(claim.id)).at(-1)).toMatchObject({
      type: "REJECTED",
      emailId: email?.id,
    });
  });

  it("uses the agent's edited text, refuses an unknown placeholder or another caisse's template", async () => {
    const claim = await createTestClaim(api);
    const template = await createTestTemplate(api, "311");
    const bad = await act(REJECT, {
      id: claim.id,
      v: claim.version,
      t: template.id,
      s: "{{iban}}",
    });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "subject" });
    const foreign = await createTestTemplate(api, "751");
    const other = await act(REJECT, { id: claim.id, v: claim.version, t: foreign.id });
    expect(other.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "templateId",
    });
    expect(await emailsOf(claim.id)).toHaveLength(0);
    expect((await api.orm.em.fork().findOneOrFail(MessageTemplate, template.id)).usageCount).toBe(
      0,
    );

    const edited = await act(REJECT, {
      id: claim.id,
      v: claim.version,
      t: template.id,
      s: "Votre demande {{claimNumber}}",
      b: "Texte revu par l'agent.",
    });
    expect(edited.errors).toBeUndefined();
    const [email] = await emailsOf(claim.id);
    expect(email?.subject).toBe(`Votre demande ${claim.number}`);
    expect(email?.body).toContain("Texte revu par l'agent.");
  });

  it("contacts the patient without changing the claim", async () => {
    const claim = await inProgress();
    const template = await createTestTemplate(api, null, {
      kind: MessageTemplateKind.CONTACT,
      subject: "Votre demande {{claimNumber}}",
    });
    const { data } = await act(CONTACT, { id: claim.id, v: claim.version, t: template.id });
    expect(data?.contactPatient).toMatchObject({ status: "IN_PROGRESS", version: claim.version });
    expect(await emailsOf(claim.id)).toEqual([expect.objectContaining({ kind: "CONTACT" })]);
    expect((await eventsOf(claim.id)).at(-1)?.type).toBe("PATIENT_CONTACTED");
  });

  it("refuses a message that still holds the template's [instruction], sends it once filled", async () => {
    const claim = await inProgress();
    const template = await createTestTemplate(api, null, {
      kind: MessageTemplateKind.CONTACT,
      body: "Il nous manque le justificatif suivant : [précisez le document].",
    });
    const left = await act(CONTACT, { id: claim.id, v: claim.version, t: template.id });
    expect(left.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "body" });
    expect(left.errors?.[0]?.message).toBe(
      "Remplacez « [précisez le document] » par le texte voulu avant d’envoyer le message.",
    );
    expect(await emailsOf(claim.id)).toHaveLength(0);

    const filled = await act(CONTACT, {
      id: claim.id,
      v: claim.version,
      t: template.id,
      b: "Il nous manque le justificatif suivant : le ticket de péage [A7].",
    });
    expect(filled.errors).toBeUndefined();
    expect((await emailsOf(claim.id))[0]?.body).toContain("le ticket de péage [A7].");
  });
});

describe("hold and release", () => {
  it("puts on hold with a reason, blocks validation, then releases", async () => {
    const claim = await inProgress();
    const empty = await act(HOLD, { id: claim.id, v: claim.version, r: "  " });
    expect(empty.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "reason",
    });

    const held = await act(HOLD, { id: claim.id, v: claim.version, r: "Attente de l'ePMT" });
    expect(held.data?.setClaimOnHold).toMatchObject({
      onHold: true,
      review: { holdReason: "Attente de l'ePMT" },
    });
    const version = held.data?.setClaimOnHold?.version;
    const validate = await act(VALIDATE, { id: claim.id, v: version });
    expect(validate.errors?.[0]?.extensions?.code).toBe("INVALID_TRANSITION");
    const released = await act(RELEASE, { id: claim.id, v: version });
    expect(released.data?.releaseClaimHold).toMatchObject({
      onHold: false,
      review: { holdReason: null },
    });
    const twice = await act(RELEASE, { id: claim.id, v: released.data?.releaseClaimHold?.version });
    expect(twice.errors?.[0]?.extensions?.code).toBe("INVALID_TRANSITION");
  });
});

describe("correctClaim", () => {
  type Corrected = {
    correctClaim: {
      claim: ClaimResult & { patient: { nir: string; firstName: string; birthDate: string } };
      changedFields: string[];
      notices: string[];
    };
  };

  it("a distance of 0 or empty keeps the previous value and says so", async () => {
    const claim = await createTestClaim(api, { distanceKm: 80 });
    for (const distanceKm of [0, null]) {
      const { data } = await act<Corrected>(CORRECT, {
        id: claim.id,
        v: claim.version,
        i: { distanceKm },
      });
      expect(data?.correctClaim.claim.distanceKm).toBe(80);
      expect(data?.correctClaim.changedFields).toEqual([]);
      expect(data?.correctClaim.notices[0]).toBe(reviewMessages.distanceKept(80));
    }
    expect(await eventsOf(claim.id)).toHaveLength(1);
  });

  it("corrects distance, NIR, first name and birth date, keeping before and after", async () => {
    const claim = await createTestClaim(api, { distanceKm: 80 });
    const nir = "2 69 05 49 588 157 80";
    const { data } = await act<Corrected>(CORRECT, {
      id: claim.id,
      v: claim.version,
      i: { distanceKm: 92, nir, firstName: "Zoé", birthDate: "1969-05-12" },
    });
    expect(data?.correctClaim.changedFields.sort()).toEqual([
      "birthDate",
      "distanceKm",
      "firstName",
      "nir",
    ]);
    expect(data?.correctClaim.claim).toMatchObject({
      distanceKm: 92,
      patient: { nir: "269054958815780", firstName: "Zoé", birthDate: "1969-05-12" },
    });
    const event = (await eventsOf(claim.id)).at(-1);
    expect(event).toMatchObject({
      type: "CORRECTED",
      before: expect.objectContaining({
        distanceKm: 80,
        firstName: "Léa",
        birthDate: "1971-05-04",
      }),
      after: expect.objectContaining({ distanceKm: 92, nir: "269054958815780", firstName: "Zoé" }),
    });
  });

  it("refuses a wrong NIR key and an out-of-range distance on their fields", async () => {
    const claim = await createTestClaim(api);
    const nir = await act(CORRECT, {
      id: claim.id,
      v: claim.version,
      i: { nir: "269054958815781" },
    });
    expect(nir.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.nir",
    });
    const far = await act(CORRECT, { id: claim.id, v: claim.version, i: { distanceKm: 10_000 } });
    expect(far.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.distanceKm",
    });
  });
});
