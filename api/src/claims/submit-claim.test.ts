import { startTestApi, type TestApi } from "../../test/test-api";
import { claimInput, createCaisse, FROZEN_NOW, startDraft, submit } from "../../test/factories";
import { OutboxEmail } from "../notifications/outbox-email.entity";
import { Claim } from "./claim.entity";

let api: TestApi;
let caisseId: string;
beforeAll(async () => {
  api = await startTestApi({}, () => FROZEN_NOW);
  caisseId = (await createCaisse(api)).id;
});
afterAll(async () => {
  await api.stop();
});

async function refusal(input: Record<string, unknown>) {
  const { status, body } = await submit(api, await startDraft(api), input);
  // 400 when GraphQL itself refuses a variable (a malformed date, a number out of Int range).
  expect([200, 400]).toContain(status);
  expect(body.data ?? null).toBeNull();
  return body.errors?.[0];
}

describe("startClaimDraft", () => {
  it("opens a draft for 24 hours with a bearer token", async () => {
    const { body } = await api.http<{
      startClaimDraft: { id: string; token: string; expiresAt: string };
    }>("mutation { startClaimDraft { id token expiresAt } }");
    const draft = body.data?.startClaimDraft;
    expect(draft?.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(draft?.expiresAt).toBe("2026-12-04T09:00:00.000Z");
  });
});

describe("submitClaim", () => {
  it("stores the claim, its trips, a SUBMITTED event and the acknowledgement e-mail", async () => {
    const { body } = await submit(api, await startDraft(api), claimInput(caisseId));
    expect(body.errors).toBeUndefined();
    const result = body.data?.submitClaim;
    const claim = result?.claim;
    expect(claim?.number).toMatch(/^20261203\d{4}$/);
    expect(claim).toMatchObject({
      status: "SUBMITTED",
      version: 1,
      distanceKm: 80,
      tollsCents: 0,
      publicTransportCents: null,
      trips: [{ outboundDate: "2026-11-20", returnDate: "2026-11-20" }],
      events: [{ type: "SUBMITTED", actorType: "PATIENT" }],
    });
    expect(result?.followUpUrl).toMatch(
      new RegExp(`^http://localhost:3000/suivi/${claim?.id}\\?jeton=[A-Za-z0-9_-]{43}$`),
    );
    const em = api.orm.em.fork();
    const email = await em.findOneOrFail(OutboxEmail, { claimId: claim?.id });
    expect(email).toMatchObject({ kind: "ACKNOWLEDGEMENT", recipient: "zoe.martin@exemple.fr" });
    expect(email.replyTo).toMatch(/^transport\.9\d\d@caisses\.example\.org$/);
    expect(email.body).toContain(claim?.number);
    expect(email.body).toContain(`${result?.followUpUrl}#annuler`);
    const stored = await em.findOneOrFail(Claim, { id: claim?.id });
    expect(stored.snapshot).toMatchObject({ sworn: true, vehicle: { distanceKm: 80 } });
  });

  it("returns the same claim when the same draft is submitted again", async () => {
    const draft = await startDraft(api);
    const first = await submit(api, draft, claimInput(caisseId));
    const again = await submit(api, draft, claimInput(caisseId, { trips: [] }));
    const number = first.body.data?.submitClaim.claim?.number;
    expect(number).toMatch(/^20261203/);
    expect(again.body.data?.submitClaim.claim?.number).toBe(number);
    expect(again.body.data?.submitClaim.followUpUrl).toBe(first.body.data?.submitClaim.followUpUrl);
  });

  it("gives one claim to two simultaneous submissions of one draft", async () => {
    const draft = await startDraft(api);
    const input = claimInput(caisseId);
    const [a, b] = await Promise.all([submit(api, draft, input), submit(api, draft, input)]);
    const numbers = [a, b].map((r) => r.body.data?.submitClaim.claim?.number);
    expect(numbers[0]).toMatch(/^20261203\d{4}$/);
    expect(numbers[1]).toBe(numbers[0]);
    const nir = input.patient.nir.slice(0, 13);
    expect(await api.orm.em.fork().count(Claim, { patient: { nir } })).toBe(1);
  });

  it("refuses a missing or wrong draft token as UNAUTHENTICATED", async () => {
    const draft = await startDraft(api);
    for (const token of ["", "x".repeat(43)]) {
      const { body } = await submit(api, { ...draft, token }, claimInput(caisseId));
      expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
    const { body } = await submit(api, { ...draft, id: "not-a-uuid" }, claimInput(caisseId));
    expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("applies the Paris calendar and the claim deadline (today 2026-12-03)", async () => {
    const future = await refusal(claimInput(caisseId, { trips: [{ outboundDate: "2026-12-04" }] }));
    expect(future?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "trips.0.outboundDate",
    });

    const tooOld = await refusal(claimInput(caisseId, { trips: [{ outboundDate: "2024-09-30" }] }));
    expect(tooOld?.extensions?.field).toBe("trips.0.outboundDate");
    expect(tooOld?.message).toContain("30/09/2026");

    const lastQuarter = claimInput(caisseId, { trips: [{ outboundDate: "2024-10-01" }] });
    const { body } = await submit(api, await startDraft(api), lastQuarter);
    expect(body.data?.submitClaim.claim?.trips).toEqual([
      { outboundDate: "2024-10-01", returnDate: null },
    ]);
  });

  it("refuses a return before the outbound date", async () => {
    const trips = [
      { outboundDate: "2026-11-02" },
      { outboundDate: "2026-11-10", returnDate: "2026-11-09" },
    ];
    const error = await refusal(claimInput(caisseId, { trips }));
    expect(error?.extensions?.field).toBe("trips.1.returnDate");
    expect(error?.message).toMatch(/retour/);
  });

  it("refuses a convocation when the caisse does not allow it", async () => {
    const strict = await createCaisse(api, { convocationAllowed: false });
    const prescription = { kind: "CONVOCATION", convocationDate: "2026-11-01" };
    const error = await refusal(claimInput(strict.id, { prescription }));
    expect(error?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "prescription.kind" });
  });

  it("refuses an unknown, malformed or inactive caisse", async () => {
    const inactive = await createCaisse(api, { active: false });
    for (const id of [
      inactive.id,
      "'; drop table claim; --",
      "00000000-0000-4000-8000-000000000000",
    ]) {
      const error = await refusal(claimInput(id));
      expect(error?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "caisseId" });
    }
  });

  it("answers hostile inputs with BAD_USER_INPUT, never a server error", async () => {
    const inputs = [
      claimInput(caisseId, { trips: [{ outboundDate: "2026-02-30" }] }),
      claimInput(caisseId, { vehicle: { distanceKm: 2 ** 40 } }),
      claimInput(caisseId, { patient: { nir: "ABC" } }),
      claimInput(caisseId, { patient: { ...claimInput(caisseId).patient, nir: "ABC" } }),
      claimInput(caisseId, { vehicle: { distanceKm: 12, tollsCents: -1 } }),
      claimInput(caisseId, { attachmentIds: ["../../etc/passwd"] }),
    ];
    for (const input of inputs) {
      const error = await refusal(input);
      expect(error?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(error?.extensions?.field).toEqual(expect.any(String));
      expect(error?.message).not.toMatch(/internal|interne|Variable/i);
    }
    const impossibleDate = await refusal(inputs[0] ?? {});
    expect(impossibleDate?.extensions?.field).toBe("trips.0.outboundDate");
  });

  it("refuses text PostgreSQL cannot store, in any field, even one the claim ignores", async () => {
    const { patient } = claimInput(caisseId);
    const cases: [Record<string, unknown>, string][] = [
      [
        claimInput(caisseId, { patient: { ...patient, email: "a\u0000b@exemple.fr" } }),
        "patient.email",
      ],
      [
        claimInput(caisseId, { patient: { ...patient, lastName: "Mar\ud800tin" } }),
        "patient.lastName",
      ],
      [
        claimInput(caisseId, {
          prescription: {
            kind: "CONVOCATION",
            convocationDate: "2026-11-01",
            epmtNumber: "\u0000",
          },
        }),
        "prescription.epmtNumber",
      ],
    ];
    for (const [input, field] of cases) {
      const error = await refusal(input);
      expect(error?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(error?.message).toMatch(/caractère qui ne peut pas être enregistré/);
    }
  });

  it("refuses an address a mail header would read as another recipient", async () => {
    const { patient } = claimInput(caisseId);
    for (const email of ["<a>@exemple.fr", "o'neil\"x@exemple.fr", "a,b@exemple.fr"]) {
      const error = await refusal(claimInput(caisseId, { patient: { ...patient, email } }));
      expect(error?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "patient.email" });
    }
  });

  it("names a foreign or missing top-level field in French, without repeating the input", async () => {
    const input = claimInput(caisseId);
    const { sworn: _, ...unsworn } = input;
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ ...input, foo: 1 }, "foo", /n’existe pas/],
      [unsworn, "sworn", /obligatoire/],
    ];
    for (const [variables, field, message] of cases) {
      const { body } = await submit(api, await startDraft(api), variables);
      const error = body.errors?.[0];
      expect(error?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(error?.message).toMatch(message);
      const text = JSON.stringify(body);
      expect(text).not.toContain(input.patient.nir);
      expect(text).not.toContain(input.patient.email);
      expect(text).not.toMatch(/Variable|Field/);
    }
  });

  it("stores a name of 36 Hangul syllables, whose matching key once overflowed its column", async () => {
    const { patient } = claimInput(caisseId);
    const input = claimInput(caisseId, { patient: { ...patient, firstName: "가".repeat(36) } });
    const { body } = await submit(api, await startDraft(api), input);
    expect(body.errors).toBeUndefined();
    expect(body.data?.submitClaim.claim?.patient.firstName).toBe("가".repeat(36));
  });
});
