// Benchmark 3: the agents' queue over 1 000 000 claims (100 caisses, five years). Each query
// goes through our API (GraphQL, session cookie) and, as the baseline, as the equivalent SQL
// run directly with `pg`: the keyset page, its total count and the batched loads of a page.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import hdr from "hdr-histogram-js";
import pg from "pg";
import { startApiProcess } from "./lib/api-process.mjs";
import { benchDatabase } from "./lib/database.mjs";
import { load } from "./lib/load.mjs";
import { ms, ratio, report, table } from "./lib/report.mjs";
import { seedClaims } from "./lib/seed-claims.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const TOTAL = Number(process.env.BENCH_CLAIMS ?? 1_000_000);
const DURATION = Number(process.env.BENCH_DURATION ?? 5);
const PASSWORD = "Banc-Essai-File-2026";
const PAGE = `query Page($filter: ClaimFilter, $after: String) {
  claims(filter: $filter, first: 20, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id number status submittedAt
      patient { firstName lastName nir } trips { outboundDate returnDate }
      attachments { id kind } } }
  }
}`;
const DASHBOARD = "query { dashboard { countsByStatus { status count } onHoldCount } }";

function createAgent(databaseUrl, email, args) {
  const result = spawnSync(
    process.execPath,
    [path.join(root, "api/dist/agents/cli/create-agent.js"), "--email", email, ...args],
    {
      input: `${PASSWORD}\n`,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      encoding: "utf8",
    },
  );
  if (result.status !== 0) throw new Error(`agent:create failed: ${result.stderr}`);
}

async function signIn(url, email, retries = 1) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: "mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { id } }",
      variables: { e: email, p: PASSWORD },
    }),
  }).catch((error) => {
    // A kept-alive socket the server closed while agent:create ran (seconds on a loaded
    // machine): fetch does not retry a POST by itself.
    if (retries > 0) return null;
    throw error;
  });
  if (response === null) return signIn(url, email, retries - 1);
  const cookie = response.headers.get("set-cookie");
  if (!cookie) throw new Error(`logIn failed: ${await response.text()}`);
  return cookie.split(";")[0];
}

const cursorOf = (row) =>
  Buffer.from(JSON.stringify([row.submitted_at.toISOString(), row.id])).toString("base64url");

/**
 * The SQL one page costs the API (list-claims.ts, claim-loaders.ts), run one after the other
 * on one connection: the keyset page, its count bounded at 10 001 rows (queue-count.ts), then
 * one batched load per relation the query asks for (patient, trips, documents).
 */
function baselineStatements(where, params, afterRow) {
  const keyset = afterRow
    ? ` and (c.submitted_at, c.id) < ($${params.length + 1}, $${params.length + 2})`
    : "";
  const pageParams = afterRow ? [...params, afterRow.submitted_at, afterRow.id] : params;
  return async (client) => {
    const page = await client.query(
      `select c.id, c.number, c.status, c.on_hold, c.version, c.submitted_at, c.caisse_id,
              c.patient_id, c.prescription_kind, c.distance_km, c.tolls_cents, c.parking_cents,
              c.public_transport_cents, c.conflicts_kept, c.conflicts_fixed
         from claim c where ${where}${keyset}
        order by c.submitted_at desc, c.id desc limit 21`,
      pageParams,
    );
    await client.query(
      `select count(*)::int as n from (select c.id from claim c where ${where} limit 10001) capped`,
      params,
    );
    const rows = page.rows.slice(0, 20);
    const ids = rows.map((r) => r.id);
    await client.query(
      `select id, first_name, last_name, to_char(birth_date, 'YYYY-MM-DD'), nir, nir_key, email
         from patient where id = any($1)`,
      [[...new Set(rows.map((c) => c.patient_id))]],
    );
    await client.query(
      `select claim_id, to_char(outbound_date, 'YYYY-MM-DD'), to_char(return_date, 'YYYY-MM-DD')
         from trip where claim_id = any($1) order by claim_id, position`,
      [ids],
    );
    await client.query(
      `select claim_id, id, kind, file_name, content_type, size_bytes
         from attachment where claim_id = any($1) order by claim_id, created_at, id`,
      [ids],
    );
  };
}

async function measureBaseline(databaseUrl, statements) {
  const histogram = hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 60_000_000 });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const until = performance.now() + DURATION * 1000;
  let count = 0;
  while (performance.now() < until) {
    const t0 = performance.now();
    await statements(client);
    histogram.recordValue(Math.max(1, Math.round((performance.now() - t0) * 1000)));
    count += 1;
  }
  await client.end();
  const at = (q) => histogram.getValueAtPercentile(q) / 1000;
  return { rps: count / DURATION, p50: at(50), p95: at(95), p99: at(99) };
}

/** Seeds the claims, unless a kept database (BENCH_DATABASE_URL) already holds them. */
async function seedOnce(db) {
  if (db.kept) {
    const sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
    const { rows } = await sql.query("select count(*)::int as n from claim");
    await sql.end();
    if (rows[0].n === TOTAL) {
      console.log(`Kept database: ${TOTAL} claims already seeded.`);
      return null;
    }
    if (rows[0].n !== 0)
      throw new Error(`the kept database holds ${rows[0].n} claims, not 0 or ${TOTAL}`);
  }
  console.log(`Seeding ${TOTAL} claims…`);
  const started = performance.now();
  await seedClaims(db.url, TOTAL);
  return (performance.now() - started) / 1000;
}

/**
 * Seeds once, signs in an agent of caisse 311 and a national administrator, and returns the
 * measured scenarios: [label, cookie, GraphQL body, baseline WHERE, its parameters, cursor row].
 */
export async function queueScenarios(db, api) {
  const seedSeconds = await seedOnce(db);
  createAgent(db.url, "admin.banc@exemple.fr", ["--role", "NATIONAL_ADMIN"]);
  createAgent(db.url, "agent.banc@exemple.fr", ["--role", "AGENT", "--caisse", "311"]);
  const admin = await signIn(api.url, "admin.banc@exemple.fr");
  const agent = await signIn(api.url, "agent.banc@exemple.fr");

  const sql = new pg.Client({ connectionString: db.url });
  await sql.connect();
  const deep = (
    await sql.query(
      "select id, submitted_at from claim order by submitted_at desc, id desc offset 19999 limit 1",
    )
  ).rows[0];
  const sample = (
    await sql.query(
      `select c.number, p.nir, p.nir_key, c.caisse_id from claim c join patient p on p.id = c.patient_id
      where c.caisse_id = (select id from caisse where number = '311') limit 1 offset 777`,
    )
  ).rows[0];
  await sql.end();

  const scenarios = [
    [
      "first page (agent, 1 caisse)",
      agent,
      { query: PAGE, variables: {} },
      "c.caisse_id = $1",
      [sample.caisse_id],
      null,
    ],
    ["first page (national, all)", admin, { query: PAGE, variables: {} }, "true", [], null],
    [
      "page after 1 000 steps (national)",
      admin,
      { query: PAGE, variables: { after: cursorOf(deep) } },
      "true",
      [],
      deep,
    ],
    [
      "search by NIR (national)",
      admin,
      { query: PAGE, variables: { filter: { search: sample.nir + sample.nir_key } } },
      "c.patient_id in (select id from patient where nir = $1)",
      [sample.nir],
      null,
    ],
    [
      "search by claim number (national)",
      admin,
      { query: PAGE, variables: { filter: { search: sample.number } } },
      "c.number = $1",
      [sample.number],
      null,
    ],
    [
      "status filter SUBMITTED (agent)",
      agent,
      { query: PAGE, variables: { filter: { status: ["SUBMITTED"] } } },
      "c.caisse_id = $1 and c.status = 'SUBMITTED'",
      [sample.caisse_id],
      null,
    ],
  ];
  const dashboard = ["dashboard counts (agent)", agent, { query: DASHBOARD }, sample.caisse_id];
  return { seedSeconds, scenarios, dashboard };
}

/** An autocannon request: one connection, one GraphQL body, an agent's session cookie. */
export function queueRequest(apiUrl, cookie, body) {
  return {
    url: `${apiUrl}/graphql`,
    method: "POST",
    connections: 1,
    duration: DURATION,
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify(body),
  };
}

function resultRow(label, base, ours) {
  const errors = ours.errors + ours.non2xx;
  const api = [ms(ours.p50), ms(ours.p95), ms(ours.p99)];
  return [label, ms(base.p50), ms(base.p95), ...api, ratio(ours.p95 / base.p95), errors];
}

export async function run() {
  const db = await benchDatabase();
  // The seed spans five years: the retention purge (33 months) must not eat it mid-run.
  const api = await startApiProcess(db.url, { BACKGROUND_JOBS: "false" });
  try {
    const { seedSeconds, scenarios, dashboard } = await queueScenarios(db, api);
    const rows = [];
    const results = {};
    for (const [label, cookie, body, where, params, afterRow] of scenarios) {
      const request = queueRequest(api.url, cookie, body);
      await load({ ...request, duration: 1 });
      const ours = await load(request);
      const base = await measureBaseline(db.url, baselineStatements(where, params, afterRow));
      results[label] = ours;
      rows.push(resultRow(label, base, ours));
    }
    const dash = await load(queueRequest(api.url, dashboard[1], dashboard[2]));
    // dashboard.ts: per-status counts bounded at 10 001 rows each, then the claims on hold.
    const dashBase = await measureBaseline(db.url, async (client) => {
      await client.query(
        `select s.status, (select count(*) from (select 1 from claim
                 where status = s.status and caisse_id in ($1) limit 10001) capped)::int
           from (values ('SUBMITTED'), ('IN_PROGRESS'), ('VALIDATED'), ('REJECTED'),
                        ('CANCELLED')) as s(status)`,
        [dashboard[3]],
      );
      await client.query(
        `select count(*)::int from claim
          where on_hold and status in ('SUBMITTED', 'IN_PROGRESS') and caisse_id in ($1)`,
        [dashboard[3]],
      );
    });
    rows.push(resultRow(dashboard[0], dashBase, dash));

    const deepRatio =
      results["page after 1 000 steps (national)"].p95 / results["first page (national, all)"].p95;
    const pageP95 = Math.max(...Object.values(results).map((r) => r.p95));
    report(
      "queue",
      `3. Agent queue: ${TOTAL.toLocaleString("en")} claims, 20 per page, one connection`,
      (seedSeconds === null
        ? "Seeded by an earlier run (kept database).\n\n"
        : `Seeded in ${seedSeconds.toFixed(0)} s.\n\n`) +
        table(
          ["query", "pg p50", "pg p95", "API p50", "API p95", "API p99", "API/pg p95", "errors"],
          rows,
        ) +
        `\n\nTargets: p95 ≤ 20 ms per page: **${pageP95 <= 20 ? "met" : "missed"}** (worst ${ms(pageP95)}); ` +
        `last/first page ratio ≤ 1.5: **${deepRatio <= 1.5 ? "met" : "missed"}** (${ratio(deepRatio)}); ` +
        "SQL statements per page constant: asserted by api/src/claims/review/claim-queue-statements.test.ts.",
    );
  } finally {
    await api.stop();
    await db.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
