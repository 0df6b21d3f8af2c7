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
    { input: `${PASSWORD}\n`, env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8" },
  );
  if (result.status !== 0) throw new Error(`agent:create failed: ${result.stderr}`);
}

async function signIn(url, email) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: "mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { id } }",
      variables: { e: email, p: PASSWORD },
    }),
  });
  const cookie = response.headers.get("set-cookie");
  if (!cookie) throw new Error(`logIn failed: ${await response.text()}`);
  return cookie.split(";")[0];
}

const cursorOf = (row) =>
  Buffer.from(JSON.stringify([row.submitted_at.toISOString(), row.id])).toString("base64url");

/** The SQL one page costs: keyset page, count, then one batched load per relation. */
function baselineStatements(where, params, afterRow) {
  const keyset = afterRow ? ` and (c.submitted_at, c.id) < ($${params.length + 1}, $${params.length + 2})` : "";
  const pageParams = afterRow ? [...params, afterRow.submitted_at, afterRow.id] : params;
  return async (client) => {
    const page = await client.query(
      `select c.id, c.submitted_at from claim c where ${where}${keyset}
        order by c.submitted_at desc, c.id desc limit 21`,
      pageParams,
    );
    await client.query(`select count(*) from claim c where ${where}`, params);
    const ids = page.rows.slice(0, 20).map((r) => r.id);
    const claims = await client.query("select * from claim where id = any($1)", [ids]);
    await client.query("select * from caisse where id = any($1)", [[...new Set(claims.rows.map((c) => c.caisse_id))]]);
    await client.query("select * from patient where id = any($1)", [claims.rows.map((c) => c.patient_id)]);
    await client.query("select * from trip where claim_id = any($1) order by position", [ids]);
    await client.query("select * from attachment where claim_id = any($1)", [ids]);
    await client.query("select * from claim_event where claim_id = any($1)", [ids]);
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

export async function run() {
  const db = await benchDatabase();
  const api = await startApiProcess(db.url);
  try {
    console.log(`Seeding ${TOTAL} claims…`);
    const seedStarted = performance.now();
    await seedClaims(db.url, TOTAL);
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    createAgent(db.url, "admin.banc@exemple.fr", ["--role", "NATIONAL_ADMIN"]);
    createAgent(db.url, "agent.banc@exemple.fr", ["--role", "AGENT", "--caisse", "311"]);
    const admin = await signIn(api.url, "admin.banc@exemple.fr");
    const agent = await signIn(api.url, "agent.banc@exemple.fr");

    const sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
    const deep = (await sql.query(
      "select id, submitted_at from claim order by submitted_at desc, id desc offset 19999 limit 1",
    )).rows[0];
    const sample = (await sql.query(
      `select c.number, p.nir, p.nir_key, c.caisse_id from claim c join patient p on p.id = c.patient_id
        where c.caisse_id = (select id from caisse where number = '311') limit 1 offset 777`,
    )).rows[0];
    await sql.end();

    const scenarios = [
      ["first page (agent, 1 caisse)", agent, { query: PAGE, variables: {} }, "c.caisse_id = $1", [sample.caisse_id], null],
      ["first page (national, all)", admin, { query: PAGE, variables: {} }, "true", [], null],
      ["page after 1 000 steps (national)", admin, { query: PAGE, variables: { after: cursorOf(deep) } }, "true", [], deep],
      ["search by NIR (national)", admin, { query: PAGE, variables: { filter: { search: sample.nir + sample.nir_key } } }, "c.patient_id in (select id from patient where nir = $1)", [sample.nir], null],
      ["search by claim number (national)", admin, { query: PAGE, variables: { filter: { search: sample.number } } }, "c.number = $1", [sample.number], null],
      ["status filter SUBMITTED (agent)", agent, { query: PAGE, variables: { filter: { status: ["SUBMITTED"] } } }, "c.caisse_id = $1 and c.status = 'SUBMITTED'", [sample.caisse_id], null],
    ];
    const rows = [];
    const results = {};
    for (const [label, cookie, body, where, params, afterRow] of scenarios) {
      const request = { url: `${api.url}/graphql`, method: "POST", connections: 1, duration: DURATION,
        headers: { "content-type": "application/json", cookie }, body: JSON.stringify(body) };
      await load({ ...request, duration: 1 });
      const ours = await load(request);
      const base = await measureBaseline(db.url, baselineStatements(where, params, afterRow));
      results[label] = ours;
      rows.push([label, ms(base.p50), ms(base.p95), ms(ours.p50), ms(ours.p95), ms(ours.p99), ratio(ours.p95 / base.p95), ours.errors + ours.non2xx]);
    }
    const dashboardRequest = { url: `${api.url}/graphql`, method: "POST", connections: 1, duration: DURATION,
      headers: { "content-type": "application/json", cookie: agent }, body: JSON.stringify({ query: DASHBOARD }) };
    const dash = await load(dashboardRequest);
    const dashBase = await measureBaseline(db.url, async (client) => {
      await client.query("select status, count(*) from claim where caisse_id = (select id from caisse where number = '311') group by status");
    });
    rows.push(["dashboard counts (agent)", ms(dashBase.p50), ms(dashBase.p95), ms(dash.p50), ms(dash.p95), ms(dash.p99), ratio(dash.p95 / dashBase.p95), dash.errors + dash.non2xx]);

    const deepRatio = results["page after 1 000 steps (national)"].p95 / results["first page (national, all)"].p95;
    const pageP95 = Math.max(...Object.values(results).map((r) => r.p95));
    report(
      "queue",
      `3. Agent queue: ${TOTAL.toLocaleString("en")} claims, 20 per page, one connection`,
      `Seeded in ${seedSeconds.toFixed(0)} s.\n\n` +
        table(["query", "pg p50", "pg p95", "API p50", "API p95", "API p99", "API/pg p95", "errors"], rows) +
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
