import { createTestAgent, type TestAgent } from "../../../test/agents";
import { createTestClaim } from "../../../test/claims";
import { createCaisse } from "../../../test/factories";
import { startTestApi, type TestApi } from "../../../test/test-api";
import { Claim } from "../claim.entity";
import { ClaimStatus } from "../claim-enums";

const QUEUE = `query ($filter: ClaimFilter, $first: Int, $after: String) {
  claims(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id number status onHold caisse { number } patient { lastName }
      review { assignedToMe } } }
  }
}`;

interface Queue {
  claims: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { id: string; number: string; status: string } }[];
  };
}

let api: TestApi;
let agent: TestAgent;
let caisse: { id: string; number: string };

beforeAll(async () => {
  api = await startTestApi({ BACKGROUND_JOBS: "false" });
  // A caisse of its own, so that counts do not depend on other test files' claims.
  const created = await createCaisse(api);
  caisse = { id: created.id, number: created.number };
  agent = await createTestAgent(api, ["AGENT"], [caisse.number]);
});
afterAll(async () => {
  await api.stop();
});

async function queue(variables: Record<string, unknown>, who: TestAgent = agent) {
  return api.exec<Queue>(QUEUE, variables, { principal: who.principal });
}

async function ids(variables: Record<string, unknown>): Promise<string[]> {
  const result = await queue(variables);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.claims.edges.map((edge) => edge.node.id);
}

describe("claims queue", () => {
  it("pages newest first with an opaque cursor, and counts everything", async () => {
    const made = [];
    for (let minute = 0; minute < 5; minute += 1) {
      made.push(
        await createTestClaim(api, {
          caisseNumber: caisse.number,
          submittedAt: new Date(Date.UTC(2026, 9, 1, 8, minute)),
          patient: { lastName: "Pagination" },
        }),
      );
    }
    const filter = { search: "pagination" };
    const first = await queue({ filter, first: 2 });
    expect(first.data?.claims.totalCount).toBe(5);
    expect(first.data?.claims.pageInfo.hasNextPage).toBe(true);
    const pages = [first.data?.claims.edges.map((e) => e.node.id) ?? []];
    let after = first.data?.claims.pageInfo.endCursor;
    while (after) {
      const next = await queue({ filter, first: 2, after });
      pages.push(next.data?.claims.edges.map((e) => e.node.id) ?? []);
      after = next.data?.claims.pageInfo.hasNextPage ? next.data.claims.pageInfo.endCursor : null;
    }
    expect(pages.map((page) => page.length)).toEqual([2, 2, 1]);
    expect(pages.flat()).toEqual(made.map((claim) => claim.id).reverse());
  });

  it("filters by status, hold, conflicts and submission day (Paris calendar)", async () => {
    // 23:30 on 14 March in Paris; the other claim, an hour later, is of the 15th in Paris
    // although still of the 14th in UTC.
    const late = await createTestClaim(api, {
      caisseNumber: caisse.number,
      submittedAt: new Date("2026-03-14T22:30:00Z"),
      patient: { lastName: "Filtres" },
      onHold: true,
      holdReason: "Pièce illisible",
    });
    const taken = await createTestClaim(api, {
      caisseNumber: caisse.number,
      status: ClaimStatus.IN_PROGRESS,
      agentId: agent.id,
      conflictsKept: 1,
      submittedAt: new Date("2026-03-14T23:30:00Z"),
      patient: { lastName: "Filtres" },
    });
    const search = "filtres";

    expect(await ids({ filter: { search, status: ["IN_PROGRESS"] } })).toEqual([taken.id]);
    expect(await ids({ filter: { search, onHold: true } })).toEqual([late.id]);
    expect(await ids({ filter: { search, hasConflicts: true } })).toEqual([taken.id]);
    expect(await ids({ filter: { search, assignedToMe: true } })).toEqual([taken.id]);
    expect(
      await ids({ filter: { search, submittedFrom: "2026-03-15", submittedTo: "2026-03-15" } }),
    ).toEqual([taken.id]);
    expect(await ids({ filter: { search, submittedTo: "2026-03-14" } })).toEqual([late.id]);
  });

  it("searches by claim number, NIR with or without key and spaces, e-mail, last name", async () => {
    const claim = await createTestClaim(api, {
      caisseNumber: caisse.number,
      patient: { lastName: "Lefèvre-Éluard", email: "Marie.Recherche@Exemple.fr" },
    });
    const row = await api.orm.em.fork().findOneOrFail(Claim, claim.id, { populate: ["patient"] });
    const { nir, nirKey } = row.patient;
    const spaced = `${nir.slice(0, 1)} ${nir.slice(1, 3)} ${nir.slice(3)} ${nirKey}`;

    for (const search of [
      claim.number,
      nir,
      spaced,
      "marie.recherche@exemple.fr",
      "LEFEVRE",
      "lefèvre-é",
    ]) {
      expect(await ids({ filter: { search } })).toEqual([claim.id]);
    }
    expect(await ids({ filter: { search: "lefevreeluardx" } })).toEqual([]);
  });

  it("shows a claim's relations in the queue exactly as on the claim's own page", async () => {
    const claim = await createTestClaim(api, {
      caisseNumber: caisse.number,
      withDocuments: true,
      status: ClaimStatus.IN_PROGRESS,
      agentId: agent.id,
      patient: { lastName: "Relations" },
    });
    const fields = `id number status version submittedAt caisse { id number name parkingAllowed }
      patient { nir firstName lastName birthDate email } trips { outboundDate returnDate }
      attachments { id kind fileName contentType sizeBytes } events { at type actorType }
      review { holdReason assignedToMe assignedAgent { id email } legacyStatusCode
        original { nir birthDate firstName lastName email phone prescriptionKind epmtNumber
          convocationDate distanceKm tollsCents parkingCents publicTransportCents
          trips { outboundDate returnDate } }
        amounts { taxiReferenceCents reimbursementBaseCents generalRatePercent
          amountAtGeneralRateCents amountAtFullRateCents savingCents paymentDelayDays }
        relatedClaims { id number status sharedDates }
        timeline { at type actorType actorId actorEmail before after emailSent }
        payment { mandateDate baseCents amountCents shift finess adeli }
        validationEmailPreview { subject body } }`;
    const listed = await api.exec<{ claims: { edges: { node: Record<string, unknown> }[] } }>(
      `query ($filter: ClaimFilter) { claims(filter: $filter) { edges { node { ${fields} } } } }`,
      { filter: { search: "relations" } },
      { principal: agent.principal },
    );
    const alone = await api.exec<{ claim: Record<string, unknown> }>(
      `query ($id: ID!) { claim(id: $id) { ${fields} } }`,
      { id: claim.id },
      { principal: agent.principal },
    );
    expect(alone.data?.claim).toMatchObject({
      attachments: [expect.anything(), expect.anything()],
      trips: [expect.anything(), expect.anything()],
      review: {
        assignedToMe: true,
        assignedAgent: { id: agent.id },
        original: { lastName: "Relations" },
        timeline: [expect.anything(), expect.objectContaining({ actorId: agent.id })],
      },
    });
    expect(listed.data?.claims.edges.map((edge) => edge.node)).toEqual([alone.data?.claim]);
  });

  it("refuses a bad page size, cursor or search with a French message and a field", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ first: 101 }, "first"],
      [{ first: 0 }, "first"],
      [{ after: "not-a-cursor" }, "after"],
      [{ filter: { search: "%%" } }, "filter.search"],
      [
        { filter: { submittedFrom: "2026-03-02", submittedTo: "2026-03-01" } },
        "filter.submittedTo",
      ],
    ];
    for (const [variables, field] of cases) {
      const result = await queue(variables);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(result.errors?.[0]?.message).toMatch(/[a-zé]/);
    }
  });

  it("shows only the caller's caisses; national administrators see them all", async () => {
    const other = await createCaisse(api);
    const theirs = await createTestClaim(api, {
      caisseNumber: other.number,
      patient: { lastName: "Cloisonnement" },
    });
    const mine = await createTestClaim(api, {
      caisseNumber: caisse.number,
      patient: { lastName: "Cloisonnement" },
    });
    const filter = { search: "cloisonnement" };
    expect(await ids({ filter })).toEqual([mine.id]);
    // Asking for another caisse by id gives nothing, as if it had no claim.
    expect(await ids({ filter: { ...filter, caisseIds: [other.id] } })).toEqual([]);
    const national = await createTestAgent(api, ["NATIONAL_ADMIN"], []);
    const all = await queue({ filter }, national);
    expect(all.data?.claims.edges.map((e) => e.node.id).sort()).toEqual(
      [mine.id, theirs.id].sort(),
    );
  });
});
