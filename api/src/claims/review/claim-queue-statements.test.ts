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
let caisseId: string;

beforeAll(async () => {
  // No background job: the outbox worker's polling would add statements of its own.
  api = await startTestApi({ BACKGROUND_JOBS: "false" });
  const caisse = await createCaisse(api);
  caisseId = caisse.id;
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

function textOf(config: unknown): string {
  const text = typeof config === "string" ? config : Reflect.get(Object(config), "text");
  return typeof text === "string" ? text : "";
}

async function statementsFor(first: number): Promise<string[]> {
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
    // Statements of the request only: a connection the pool opens on the way runs its own
    // session set-up ("set timezone…"), which says nothing about the page.
    return spy.mock.calls
      .map(([config]) => textOf(config))
      .filter((text) => !/^\s*set\s/i.test(text));
  } finally {
    spy.mockRestore();
  }
}

it("sends as many SQL statements for a page of 100 claims as for a page of 20", async () => {
  const small = await statementsFor(20);
  const large = await statementsFor(100);
  expect(small.length).toBeGreaterThan(3);
  expect(large.length).toBe(small.length);
});

it("reads trips, documents and events once for a page that shows them and the reviews", async () => {
  const statements = await statementsFor(20);
  const reading = (table: string) =>
    statements.filter((text) => new RegExp(`from\\s+"?${table}"?\\s`, "i").test(text));
  expect(reading("trip")).toHaveLength(1);
  expect(reading("claim_event")).toHaveLength(1);
  expect(reading("attachment")).toHaveLength(1);
});

it("reads any page as an index range scan from the cursor, never a sort of all claims", async () => {
  const first = await api.exec<{ claims: { pageInfo: { endCursor: string } } }>(
    "query { claims(first: 20) { pageInfo { endCursor } } }",
    {},
    { principal: agent.principal },
  );
  const after = first.data?.claims.pageInfo.endCursor;
  const spy = jest.spyOn(pg.Client.prototype, "query");
  let statement: { text: string; values: unknown[] } | undefined;
  try {
    await api.exec(
      "query ($after: String) { claims(first: 20, after: $after) { totalCount } }",
      { after },
      {
        principal: agent.principal,
      },
    );
    for (const [config, values] of spy.mock.calls as unknown[][]) {
      const text = typeof config === "string" ? config : Reflect.get(Object(config), "text");
      const params = Array.isArray(values) ? values : Reflect.get(Object(config), "values");
      if (typeof text === "string" && text.includes("(c.submitted_at, c.id) <")) {
        statement = { text, values: Array.isArray(params) ? params : [] };
      }
    }
  } finally {
    spy.mockRestore();
  }
  if (!statement) throw new Error("the keyset statement was not sent");

  // One transaction, rolled back, so that the settings, the rows added and the EXPLAIN share a
  // connection and leave nothing behind. The agent's caisse holds all 100 claims of this file;
  // with no other caisse's claims, its index and the national one are worth the same to the
  // planner, which then picks either. Claims of 50 other caisses make the caisse as selective as
  // it is in real life (1 caisse of 100). A few thousand rows are still too few for the planner
  // to prefer an index on its own, and with statistics taken when the table was nearly empty it
  // may pick a bitmap scan then sort its few rows: both are off. The plan is still free to add
  // a Sort: it needs none only if the index gives the page's order.
  const em = api.orm.em.fork();
  await em.begin();
  let text: string;
  try {
    await em.execute(
      `insert into claim (id, number, caisse_id, patient_id, status, prescription_kind,
         uses_vehicle, uses_public_transport, submitted_at, snapshot, personal_token_hash,
         personal_link_expires_at)
       select gen_random_uuid(), 'T' || lpad((row_number() over ())::text, 11, '0'), o.id,
              c.patient_id, c.status, c.prescription_kind, c.uses_vehicle,
              c.uses_public_transport, c.submitted_at, c.snapshot, c.personal_token_hash,
              c.personal_link_expires_at
         from claim c
        cross join (select id from caisse where id <> ? order by number limit 50) o
        where c.caisse_id = ?`,
      [caisseId, caisseId],
    );
    await em.execute("analyze claim");
    await em.execute("set local enable_seqscan = off");
    await em.execute("set local enable_bitmapscan = off");
    const plan = await em.execute<{ "QUERY PLAN": string }[]>(
      `explain ${statement.text.replace(/\$(\d+)/g, "?")}`,
      statement.values,
    );
    text = plan.map((row) => row["QUERY PLAN"]).join("\n");
  } finally {
    await em.rollback();
  }
  expect(text).toMatch(/Index (Only )?Scan using claim_caisse_queue_index/);
  expect(text).toMatch(/Index Cond: .*ROW\(submitted_at, id\) < ROW/);
  expect(text).not.toMatch(/\bSort\b/);
});
