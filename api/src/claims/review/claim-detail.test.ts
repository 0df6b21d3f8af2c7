import { createTestAgent, signIn, type TestAgent } from "../../../test/agents";
import { createTestClaim, fixtureDocuments } from "../../../test/claims";
import { startTestApi, type TestApi } from "../../../test/test-api";
import { Patient } from "../../patients/patient.entity";
import { Claim } from "../claim.entity";
import { ClaimStatus } from "../claim-enums";

const DETAIL = `query ($id: ID!) {
  claim(id: $id) {
    id number status
    attachments { id contentType fileName }
    review {
      assignedAgent { email } assignedToMe legacyStatusCode
      original { nir firstName distanceKm trips { outboundDate } }
      amounts { taxiReferenceCents reimbursementBaseCents amountAtGeneralRateCents
        amountAtFullRateCents generalRatePercent savingCents paymentDelayDays }
      relatedClaims { number status sharedDates }
      timeline { type actorType actorEmail after emailSent }
      payment { mandateDate }
    }
  }
}`;

interface Detail {
  claim: {
    id: string;
    number: string;
    attachments: { id: string; contentType: string; fileName: string }[];
    review: {
      assignedAgent: { email: string } | null;
      original: { firstName: string; distanceKm: number };
      amounts: Record<string, number | null>;
      relatedClaims: { number: string; status: string; sharedDates: string[] }[];
      timeline: { type: string; actorType: string; actorEmail: string | null }[];
    };
  };
}

let api: TestApi;
let agent: TestAgent;

beforeAll(async () => {
  api = await startTestApi({ BACKGROUND_JOBS: "false" });
  agent = await createTestAgent(api, ["AGENT"], ["311"]);
});
afterAll(async () => {
  await api.stop();
});

describe("claim detail for agents", () => {
  it("shows the typed values, computed amounts, related claims and the timeline with actors", async () => {
    const patient = { nir: "1850575123456", nirKey: "12", birthDate: "1985-05-07" };
    const trips = [
      { outboundDate: "2026-10-05", returnDate: "2026-10-05" },
      { outboundDate: "2026-10-12", returnDate: "2026-10-12" },
    ];
    const paid = await createTestClaim(api, {
      patient,
      trips: trips.slice(1),
      status: ClaimStatus.VALIDATED,
      agentId: agent.id,
    });
    // Same NIR and birth date sharing both dates, but only SUBMITTED: not listed for the agent.
    await createTestClaim(api, { patient: { ...patient, firstName: "Jules" }, trips });
    const claim = await createTestClaim(api, {
      patient,
      trips,
      distanceKm: 160,
      tollsCents: 640,
      status: ClaimStatus.IN_PROGRESS,
      agentId: agent.id,
    });

    const { data, errors } = await api.exec<Detail>(
      DETAIL,
      { id: claim.id },
      { principal: agent.principal },
    );
    expect(errors).toBeUndefined();
    const review = data?.claim.review;
    expect(review).toMatchObject({
      assignedAgent: { email: agent.email },
      original: { firstName: "Léa", distanceKm: 160 },
      amounts: {
        reimbursementBaseCents: 5_440,
        amountAtGeneralRateCents: 2_992,
        amountAtFullRateCents: 5_440,
        generalRatePercent: 55,
        // (160 × 1.62 + 1.90 × 4) × 0.91 = 242.788 → 242.79 €
        taxiReferenceCents: 24_279,
        savingCents: null,
        paymentDelayDays: null,
      },
      relatedClaims: [{ number: paid.number, status: "VALIDATED", sharedDates: ["2026-10-12"] }],
    });
    expect(review?.timeline.map((e) => [e.type, e.actorType, e.actorEmail])).toEqual([
      ["SUBMITTED", "PATIENT", null],
      ["TAKEN", "AGENT", agent.email],
    ]);
  });

  it("gives the agent the phone number the patient typed, so that the caisse can call", async () => {
    const claim = await createTestClaim(api);
    const em = api.orm.em.fork();
    const { patient } = await em.findOneOrFail(Claim, claim.id, { populate: ["patient"] });
    await em.nativeUpdate(Patient, { id: patient.id }, { phone: "0612345678" });
    const { data, errors } = await api.exec<{ claim: { patient: { phone: string | null } } }>(
      "query ($id: ID!) { claim(id: $id) { patient { phone } } }",
      { id: claim.id },
      { principal: agent.principal },
    );
    expect(errors).toBeUndefined();
    expect(data?.claim.patient.phone).toBe("0612345678");
  });

  it("a claim of caisse 751 asked by an agent of 311: NOT_FOUND, and its documents 404", async () => {
    const claim = await createTestClaim(api, { caisseNumber: "751", withDocuments: true });
    const { errors } = await api.exec(DETAIL, { id: claim.id }, { principal: agent.principal });
    expect(errors?.[0]?.extensions?.code).toBe("NOT_FOUND");

    const agent751 = await createTestAgent(api, ["AGENT"], ["751"]);
    const own = await api.exec<Detail>(DETAIL, { id: claim.id }, { principal: agent751.principal });
    const attachmentId = own.data?.claim.attachments[0]?.id ?? "";
    const foreign = await fetch(`${api.url}/attachments/${attachmentId}`, {
      headers: { cookie: await signIn(api, agent.email) },
    });
    const missing = await fetch(`${api.url}/attachments/00000000-0000-4000-8000-000000000000`, {
      headers: { cookie: await signIn(api, agent.email) },
    });
    expect([foreign.status, missing.status]).toEqual([404, 404]);
    expect(await foreign.json()).toEqual(await missing.json());
    const anonymous = await fetch(`${api.url}/attachments/${attachmentId}`);
    expect(anonymous.status).toBe(404);
  });

  it("serves documents to an agent of the caisse: private, nosniff, PDFs sandboxed", async () => {
    const claim = await createTestClaim(api, { withDocuments: true });
    const { data } = await api.exec<Detail>(
      DETAIL,
      { id: claim.id },
      { principal: agent.principal },
    );
    const cookie = await signIn(api, agent.email);
    const [photo, pdf] = data?.claim.attachments ?? [];
    const [photoBytes, pdfBytes] = fixtureDocuments().map((d) => d.data);

    const image = await fetch(`${api.url}/attachments/${photo?.id}`, { headers: { cookie } });
    expect(image.status).toBe(200);
    expect(image.headers.get("content-type")).toBe("image/jpeg");
    expect(image.headers.get("cache-control")).toBe("private, no-store");
    expect(image.headers.get("x-content-type-options")).toBe("nosniff");
    expect(image.headers.get("content-security-policy")).toBeNull();
    expect(Buffer.from(await image.arrayBuffer()).equals(photoBytes ?? Buffer.alloc(0))).toBe(true);

    const document = await fetch(`${api.url}/attachments/${pdf?.id}`, { headers: { cookie } });
    expect(document.headers.get("content-type")).toBe("application/pdf");
    expect(document.headers.get("content-security-policy")).toBe("sandbox");
    expect(document.headers.get("content-disposition")).toBe(
      `inline; filename="recu peage.pdf"; filename*=UTF-8''${encodeURIComponent("reçu péage.pdf")}`,
    );
    expect(Buffer.from(await document.arrayBuffer()).equals(pdfBytes ?? Buffer.alloc(0))).toBe(
      true,
    );
  });
});
