// The database side of a benchmark phase, for `BENCH_PROFILE=1`: what the sessions of the
// bench database were doing (pg_stat_activity sampled every few milliseconds: running, waiting
// for a lock, for the WAL flush, or idle in a transaction while the client works), which
// statements cost most (pg_stat_statements, when the server preloads it) and how many WAL
// flushes the phase paid (pg_stat_wal, PostgreSQL 14+; times need track_wal_io_timing).
import { readdirSync, readFileSync } from "node:fs";
import pg from "pg";
import { cpuTimeMs } from "./api-process.mjs";

const SAMPLE_MS = 5;

/**
 * Starts profiling the database of `url`; `stop()` returns the phase's report as markdown
 * (`text`) and the CPU time its server processes used (`backendMs`, when the server runs on
 * this machine).
 */
export async function startDatabaseProfile(url, { detailed = true } = {}) {
  const client = new pg.Client({ connectionString: url, application_name: "mrs-bench-sampler" });
  await client.connect();
  const statements = detailed && (await resetStatements(client));
  const walBefore = await walStats(client);
  const database = client.database;
  // The sampler's own session is not part of what is measured.
  const { rows: me } = await client.query("select pg_backend_pid()::text as pid");
  const cpuBefore = backendsCpuMs(database, me[0].pid);
  // Sessions may end before the phase does (a pool closed): keep each one's last reading.
  const cpuLast = new Map(cpuBefore);
  const readCpu = () => {
    for (const [pid, ms] of backendsCpuMs(database, me[0].pid)) cpuLast.set(pid, ms);
  };
  const cpuTimer = setInterval(readCpu, 100);
  const states = new Map();
  let samples = 0;
  let sampling = false;
  const timer = setInterval(async () => {
    if (sampling || !detailed) return;
    sampling = true;
    try {
      const { rows } = await client.query(
        `select state, wait_event_type, wait_event, left(regexp_replace(query, '\\s+', ' ', 'g'), 60) as query
           from pg_stat_activity
          where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'`,
      );
      samples += 1;
      for (const row of rows) {
        const key = describe(row);
        states.set(key, (states.get(key) ?? 0) + 1);
      }
    } finally {
      sampling = false;
    }
  }, SAMPLE_MS);
  const started = performance.now();

  return {
    async stop() {
      clearInterval(timer);
      clearInterval(cpuTimer);
      readCpu();
      while (sampling) await new Promise((r) => setTimeout(r, 1));
      const seconds = (performance.now() - started) / 1000;
      const walAfter = await walStats(client);
      let backendMs = 0;
      for (const [pid, ms] of cpuLast) backendMs += ms - (cpuBefore.get(pid) ?? 0);
      const top = statements ? await topStatements(client) : null;
      await client.end();
      const text = render({ states, samples, seconds, walBefore, walAfter, top });
      return { text, backendMs, seconds, statements: top?.calls ?? null };
    },
  };
}

/** CPU time used so far by each server process of `database` (pid → ms), from /proc. */
function backendsCpuMs(database, exceptPid) {
  const found = new Map();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry) || entry === exceptPid) continue;
    try {
      const title = readFileSync(`/proc/${entry}/cmdline`, "utf8");
      // "postgres: <user> <db> …", or "postgres: <cluster_name>: <user> <db> …" where the
      // server sets cluster_name (Debian's clusters do: "15/main").
      const words = title.replace(/^postgres: ([^ ]+: )?/, "").split(" ");
      if (title.startsWith("postgres: ") && words[0] === "postgres" && words[1] === database)
        found.set(entry, cpuTimeMs(entry));
    } catch {
      // the process ended meanwhile
    }
  }
  return found;
}

function describe({ state, wait_event_type: type, wait_event: event, query }) {
  if (state === "idle") return "idle (connection in the pool)";
  if (state === "idle in transaction") return `idle in transaction, after: ${query}`;
  if (type === "Lock") return `waiting for a lock (${event}): ${query}`;
  if (type) return `${state}, waiting ${type}:${event}: ${query}`;
  return `${state}, on CPU: ${query}`;
}

async function resetStatements(client) {
  try {
    await client.query("create extension if not exists pg_stat_statements");
    await client.query("select pg_stat_statements_reset()");
    return true;
  } catch {
    return false; // not preloaded (embedded PostgreSQL ships without it)
  }
}

async function walStats(client) {
  try {
    const { rows } = await client.query("select * from pg_stat_wal");
    return rows[0] ?? null;
  } catch {
    return null;
  }
}

async function topStatements(client) {
  const { rows: sums } = await client.query(
    `select sum(calls)::int as calls from pg_stat_statements
      where dbid = (select oid from pg_database where datname = current_database())
        and query not like '%pg_stat_%' and query not like '%pg_backend_pid%'`,
  );
  const { rows } = await client.query(
    `select left(regexp_replace(query, '\\s+', ' ', 'g'), 90) as query, calls,
            total_exec_time as total, mean_exec_time as mean, max_exec_time as max,
            total_plan_time as plan
       from pg_stat_statements
      where dbid = (select oid from pg_database where datname = current_database())
      order by total_exec_time desc
      limit 20`,
  );
  return { calls: sums[0]?.calls ?? 0, rows };
}

function render({ states, samples, seconds, walBefore, walAfter, top }) {
  const lines = [];
  if (samples > 0)
    lines.push(
      `Sessions sampled every ${SAMPLE_MS} ms over ${seconds.toFixed(1)} s (${samples} samples); ` +
        "mean number of sessions in each state (sum = mean open connections):",
      "",
      "| sessions | state |",
      "| ---: | --- |",
    );
  const ranked = samples > 0 ? [...states].sort((a, b) => b[1] - a[1]).slice(0, 25) : [];
  for (const [key, count] of ranked) {
    lines.push(`| ${(count / Math.max(1, samples)).toFixed(2)} | ${key.replaceAll("|", "\\|")} |`);
  }
  if (walBefore && walAfter) {
    const d = (k) => Number(walAfter[k] ?? 0) - Number(walBefore[k] ?? 0);
    const syncs = d("wal_sync");
    const syncMs = d("wal_sync_time");
    lines.push(
      "",
      `WAL: ${d("wal_records")} records, ${(d("wal_bytes") / 2 ** 20).toFixed(1)} MiB, ` +
        `${d("wal_write")} writes, ${syncs} flushes (${(syncs / seconds).toFixed(0)}/s)` +
        (syncMs > 0 ? `, ${(syncMs / Math.max(1, syncs)).toFixed(2)} ms per flush` : "") +
        " (server-wide counters).",
    );
  }
  if (top) {
    lines.push(
      "",
      `${top.calls} statements in all (the sampler's own excluded).`,
      "",
      "| calls | total ms | mean ms | max ms | planning ms | statement |",
      "| ---: | ---: | ---: | ---: | ---: | --- |",
    );
    for (const row of top.rows) {
      lines.push(
        `| ${row.calls} | ${row.total.toFixed(0)} | ${row.mean.toFixed(2)} | ${row.max.toFixed(1)} | ` +
          `${row.plan > 0 ? row.plan.toFixed(0) : "–"} | ` +
          `${row.query.replaceAll("|", "\\|")} |`,
      );
    }
  }
  return lines.join("\n");
}
