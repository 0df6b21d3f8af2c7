import { createTestAgent, type TestAgent } from "../../../test/agents";
import { createTestClaim } from "../../../test/claims";
import { createCaisse } from "../../../test/factories";
import { startTestApi, type TestApi } from "../../../test/test-api";
import { Claim } from "../claim.entity";
import { countUpTo, EXACT_COUNT_LIMIT } from "./queue-count";

/**
 * A queue's count is exact up to EXACT_COUNT_LIMIT claims; beyond, it is the limit itself,
 * flagged as a lower bound (`totalCountIsExact: false`), so that a page of the national queue
 * never counts a million rows.
 */
const QUEUE = `query ($filter: ClaimFilter) {
  claims(filter: $filter, first: 2) { totalCount totalCountIsExact edges { node { id } } }
}`;
const DASHBOARD = "{ dashboard { countsByStatus { status count countIsExact } } }";

interface Queue {
  claims: { totalCount: number; totalCountIsExact: boolean; edges: unknown[] };
}
interface Dashboard {
  dashboard: { countsByStatus: { status: string; count: number; countIsExact: boolean }[] };
}

let api: TestApi;
let caisse: { id: string; number: string };
let agent: TestAgent;

beforeAll(async () => {
  api = await startTestApi({ BACKGROUND_JOBS: "false" });
  const created = await createCaisse(api);
  caisse = { id: created.id, number: created.number };
  agent = await createTestAgent(api, ["AGENT"], [caisse.number]);
}, 60_000);
afterAll(async () => {
  await api.stop();
});

/** `count` more SUBMITTED claims in the test's caisse, copies of one claim, in one statement. */
async function addClaims(count: number): Promise<void> {
  const model = await createTestClaim(api, { caisseNumber: caisse.number });
  await api.orm.em.getConnection().execute(
    `insert into claim (id, number, caisse_id, patient_id, status, prescription_kind,
       uses_vehicle, uses_public_transport, distance_km, submitted_at, snapshot,
       personal_token_hash, personal_link_expires_at, version)
     select gen_random_uuid(), '9' || lpad(g::text, 11, '0'), caisse_id, patient_id, status,
            prescription_kind, uses_vehicle, uses_public_transport, distance_km,
            submitted_at - g * interval '1 minute', snapshot, md5(g::text) || md5(g::text),
            personal_link_expires_at, 1
       from claim, generate_series(1, ?) as g
      where claim.id = ?`,
    [count - 1, model.id],
  );
}

async function queue(filter: Record<string, unknown> = {}): Promise<Queue["claims"]> {
  const { data, errors } = await api.exec<Queue>(QUEUE, { filter }, { principal: agent.principal });
  if (!data) throw new Error(JSON.stringify(errors));
  return data.claims;
}

it("counts exactly up to the limit, then answers the limit flagged as a lower bound", async () => {
  await addClaims(EXACT_COUNT_LIMIT);
  const atLimit = await queue();
  expect(atLimit).toMatchObject({ totalCount: EXACT_COUNT_LIMIT, totalCountIsExact: true });
  expect(atLimit.edges).toHaveLength(2);

  await addClaims(1);
  expect(await queue()).toMatchObject({
    totalCount: EXACT_COUNT_LIMIT,
    totalCountIsExact: false,
  });
  // A filter that leaves fewer claims is counted exactly again.
  expect(await queue({ status: ["IN_PROGRESS"] })).toMatchObject({
    totalCount: 0,
    totalCountIsExact: true,
  });

  const { data } = await api.exec<Dashboard>(DASHBOARD, {}, { principal: agent.principal });
  expect(data?.dashboard.countsByStatus).toContainEqual({
    status: "SUBMITTED",
    count: EXACT_COUNT_LIMIT,
    countIsExact: false,
  });
  expect(data?.dashboard.countsByStatus).toContainEqual({
    status: "VALIDATED",
    count: 0,
    countIsExact: true,
  });
}, 120_000);

it("bounds the count of any filter by the limit given", async () => {
  const other = await createCaisse(api);
  for (let i = 0; i < 3; i += 1) await createTestClaim(api, { caisseNumber: other.number });
  const em = api.orm.em.fork();
  const inCaisse = () => em.createQueryBuilder(Claim, "c").where({ caisse: other.id });

  expect(await countUpTo(em, inCaisse(), 2)).toEqual({ count: 2, exact: false });
  expect(await countUpTo(em, inCaisse(), 3)).toEqual({ count: 3, exact: true });
  expect(await countUpTo(em, inCaisse(), 50)).toEqual({ count: 3, exact: true });
});
