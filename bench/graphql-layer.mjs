// Benchmark 1: the `caisses` query through our server (Express + Apollo + armor + logging +
// context) versus a bare node:http server calling graphql() on the same schema and database.
import "reflect-metadata";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { graphql } from "graphql";
import { benchDatabase } from "./lib/database.mjs";
import { load } from "./lib/load.mjs";
import { ms, ratio, report, table } from "./lib/report.mjs";

const require = createRequire(import.meta.url);
const { startApi } = require("../api/dist/app/api.js");
const { parseConfig } = require("../api/dist/config/config.js");
const { createLogger } = require("../api/dist/logging/logger.js");

const QUERY = "query Caisses { caisses(activeOnly: false) { id number name active } }";
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

export async function run() {
  const db = await benchDatabase();
  const config = parseConfig({
    NODE_ENV: "production",
    PORT: "0",
    DATABASE_URL: db.url,
    LOG_LEVEL: "info",
  });
  // Logs go to /dev/null-like sink but are still produced: their cost is part of ours.
  const { Writable } = await import("node:stream");
  const sink = new Writable({ write: (_c, _e, done) => done() });
  const api = await startApi({ config, logger: createLogger("info", sink) });
  const schema =
    api.apollo.internals.schema ?? (await import("../api/dist/app/schema.js")).platformSchema();

  const bare = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", async () => {
      const { query, variables } = JSON.parse(body);
      const result = await graphql({
        schema: await schema,
        source: query,
        variableValues: variables,
        contextValue: api.context(),
      });
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(result));
    });
  });
  await new Promise((resolve) => bare.listen(0, "127.0.0.1", resolve));
  const bareUrl = `http://127.0.0.1:${bare.address().port}/graphql`;

  const request = {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: QUERY, operationName: "Caisses" }),
    connections: 10,
    duration: DURATION,
  };
  await load({ ...request, url: bareUrl, duration: 2 }); // warm-up
  await load({ ...request, url: `${api.url}/graphql`, duration: 2 });
  // Alternating rounds, the order swapped each time, so that a burst of other work on the
  // machine falls on both servers alike; the table shows the round of median ratio.
  const rounds = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const bareFirst = round % 2 === 0;
    const first = await load({ ...request, url: bareFirst ? bareUrl : `${api.url}/graphql` });
    const second = await load({ ...request, url: bareFirst ? `${api.url}/graphql` : bareUrl });
    const [baseline, ours] = bareFirst ? [first, second] : [second, first];
    rounds.push({ baseline, ours, ratio: ours.rps / baseline.rps });
  }
  const { baseline, ours } = [...rounds].sort((a, b) => a.ratio - b.ratio)[
    Math.floor(rounds.length / 2)
  ];

  bare.close();
  await api.stop();
  await db.stop();

  const rows = [
    [
      "bare node:http + graphql()",
      baseline.rps.toFixed(0),
      ms(baseline.p50),
      ms(baseline.p95),
      ms(baseline.p99),
      baseline.errors + baseline.non2xx,
      "1.00×",
    ],
    [
      "our server",
      ours.rps.toFixed(0),
      ms(ours.p50),
      ms(ours.p95),
      ms(ours.p99),
      ours.errors + ours.non2xx,
      ratio(ours.rps / baseline.rps),
    ],
  ];
  const each = rounds.map((r) => ratio(r.ratio)).join(", ");
  const verdict = ours.rps / baseline.rps >= 0.8 ? "met" : "missed";
  report(
    "graphql-layer",
    "1. GraphQL layer: `caisses` (101 rows), 10 connections",
    `${table(["server", "req/s", "p50", "p95", "p99", "errors", "throughput vs bare"], rows)}\n\nRounds of ${DURATION} s each, alternating which server goes first; ratio of each round: ${each}; the table shows the median round.\n\nTarget ours ≥ 0.8× bare: **${verdict}** (${ratio(ours.rps / baseline.rps)}).`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
