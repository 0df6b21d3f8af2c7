#!/usr/bin/env node
// Where one queue request spends its time: for each scenario of bench/queue.mjs, a fresh API
// process under `node --cpu-prof` takes BENCH_DURATION seconds of load, then this prints the
// SQL statements per request with their mean time (pg_stat_statements) and the CPU profile
// ranked by package and by function of ours. Needs a kept, seeded database whose server
// preloads pg_stat_statements:
//
//   BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/mrs_bench_queue \
//     node bench/queue-profile.mjs [part of a scenario label…]
//
// Results go to bench/results/queue-profile.md (profiles to bench/results/profiles/).
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { startApiProcess } from "./lib/api-process.mjs";
import { summariseProfile } from "./lib/cpu-profile.mjs";
import { benchDatabase } from "./lib/database.mjs";
import { load } from "./lib/load.mjs";
import { ms, report, table } from "./lib/report.mjs";
import { queueRequest, queueScenarios } from "./queue.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const DURATION = Number(process.env.BENCH_DURATION ?? 5);
const percent = (share) => `${(share * 100).toFixed(1)} %`;

if (!process.env.BENCH_DATABASE_URL) {
  throw new Error("BENCH_DATABASE_URL must name a kept database (see the header)");
}

async function statementsSince(sql, requests) {
  const { rows } = await sql.query(
    `select calls, total_exec_time, mean_exec_time, rows, query from pg_stat_statements
      where dbid = (select oid from pg_database where datname = current_database())
        and query !~* '^\\s*(set|show|begin|commit|select pg_stat_statements_reset)'
      order by total_exec_time desc`,
  );
  return rows
    .filter((row) => Number(row.calls) >= requests / 2)
    .map((row) => [
      (Number(row.calls) / requests).toFixed(2),
      ms(Number(row.mean_exec_time)),
      ms(Number(row.total_exec_time) / requests),
      (Number(row.rows) / Number(row.calls)).toFixed(0),
      "`" + row.query.replace(/\s+/g, " ").replace(/\|/g, "\\|").slice(0, 140) + "`",
    ]);
}

async function profileOne(db, label, cookie, body, sections) {
  const dir = path.join(here, "results", "profiles", label.replace(/[^a-z0-9]+/gi, "-"));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  process.env.BENCH_API_CPU_PROF = dir;
  const spawned = performance.now();
  const api = await startApiProcess(db.url, { LOG_LEVEL: "warn", BACKGROUND_JOBS: "false" });
  delete process.env.BENCH_API_CPU_PROF;
  const sql = new pg.Client({ connectionString: db.url });
  await sql.connect();
  let result;
  let window;
  let statements = [];
  try {
    const request = queueRequest(api.url, cookie, body);
    await load({ ...request, duration: 1 });
    await sql.query("select pg_stat_statements_reset()");
    const started = performance.now() - spawned;
    result = await load(request);
    window = [started, performance.now() - spawned];
    statements = await statementsSince(sql, result.requests);
  } finally {
    await sql.end();
    await api.stop();
  }
  const [file] = readdirSync(dir).filter((name) => name.endsWith(".cpuprofile"));
  const summary = summariseProfile(path.join(dir, file), window);
  const rank = (rows) => rows.map((r) => [r.name, ms(r.ms), percent(r.share)]);
  sections.push(
    `### ${label}\n\n${result.requests} requests in ${DURATION} s, p50 ${ms(result.p50)}, ` +
      `p95 ${ms(result.p95)}; errors ${result.errors + result.non2xx}. ` +
      `During the load the API process was busy ${ms(summary.busyMs)} ` +
      `(${ms(summary.busyMs / result.requests)} of CPU per request) and idle ` +
      `${ms(summary.idleMs)}.\n\n` +
      "SQL statements per request (pg_stat_statements):\n\n" +
      table(["per request", "mean", "time per request", "rows", "statement"], statements) +
      "\n\nCPU, self time by package or file:\n\n" +
      table(["where", "self", "share"], rank(summary.self)) +
      "\n\nCPU, inclusive time by package or file:\n\n" +
      table(["where", "inclusive", "share"], rank(summary.inclusive)) +
      "\n\nCPU, inclusive time of our functions:\n\n" +
      table(["function", "inclusive", "share"], rank(summary.ourFunctions)),
  );
}

const wanted = process.argv.slice(2);
const db = await benchDatabase();
const setup = await startApiProcess(db.url, { LOG_LEVEL: "warn", BACKGROUND_JOBS: "false" });
let prepared;
try {
  prepared = await queueScenarios(db, setup);
  const sql = new pg.Client({ connectionString: db.url });
  await sql.connect();
  await sql.query("create extension if not exists pg_stat_statements");
  await sql.end();
} finally {
  await setup.stop();
}
const all = [...prepared.scenarios, prepared.dashboard];
const sections = [];
for (const [label, cookie, body] of all) {
  if (wanted.length > 0 && !wanted.some((part) => label.includes(part))) continue;
  console.log(`profiling: ${label}`);
  await profileOne(db, label, cookie, body, sections);
}
report("queue-profile", "3. Agent queue: profile of one request", sections.join("\n\n"));
