import pg from "pg";
import { createTestAgent, type TestAgent } from "../../../test/agents";
import { createTestClaim } from "../../../test/claims";
import { createCaisse } from "../../../test/factories";
import { startTestApi, type TestApi } from "../../../test/test-api";
import { ClaimStatus } from "../claim-enums";

/**
 * The queue loads a page's patients, caisses, trips, documents, events and related claims in
 * batches: the SQL statements of one request are the same for 20 claims as for 100.
 */
const QUEUE = `query ($first: Int) {
  claims(first: $first) {
    totalCount
    edges { node { id number patient { nir lastName } caisse { number } trips { outboundDate }
      attachments { id contentType } events { type actorType }
      review { assignedAgent { email } relatedClaims { number sharedDates }
        timeline { type actorEmail } amounts { reimbursementBaseCents } } } }
  }
}`;

let api: TestApi;
let agent: TestAgent;

beforeAll(async () => {
  // No background job: the outbox worker's polling would add statements of its own.
  api = await startTestApi({ BACKGROUND_JOBS: "false" });
  const caisse = await createCaisse(api);
  agent = await createTestAgent(api, ["AGENT"], [caisse.number]);
  for (let i = 0; i < 100; i += 1) {
    await createTestClaim(api, {
      caisseNumber: caisse.number,
      withDocuments: true,
      status: i % 2 === 0 ? ClaimStatus.IN_PROGRESS : ClaimStatus.SUBMITTED,
      agentId: agent.id,
      // Pairs of claims of one patient sharing their trip dates: every page has related claims.
      patient: {
        nir: `1${String(7_000_000_000 + Math.floor(i / 2)).padStart(12, "0")}`,
        nirKey: "00",
      },
    });
  }
}, 120_000);
afterAll(async () => {
  await api.stop();
});

async function statementsFor(first: number): Promise<number> {
  const spy = jest.spyOn(pg.Client.prototype, "query");
  try {
    const result = await api.exec<{
      claims: {
        edges: { node: { attachments: unknown[]; review: { relatedClaims: unknown[] } } }[];
      };
    }>(QUEUE, { first }, { principal: agent.principal });
    expect(result.errors).toBeUndefined();
    const nodes = result.data?.claims.edges.map((edge) => edge.node) ?? [];
    expect(nodes).toHaveLength(first);
    expect(nodes.every((node) => node.attachments.length === 2)).toBe(true);
    expect(nodes.filter((node) => node.review.relatedClaims.length > 0).length).toBeGreaterThan(0);
    return spy.mock.calls.length;
  } finally {
    spy.mockRestore();
  }
}

it("sends as many SQL statements for a page of 100 claims as for a page of 20", async () => {
  const small = await statementsFor(20);
  const large = await statementsFor(100);
  expect(small).toBeGreaterThan(3);
  expect(large).toBe(small);
});
