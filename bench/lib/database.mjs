// A PostgreSQL for a benchmark: a fresh database on DATABASE_URL's server when set, else an
// embedded server in a temporary folder; either is deleted at the end. BENCH_DATABASE_URL
// names a database to use as it is and keep afterwards, so that a long seed (the queue's
// million claims) is paid once for several runs.
import { randomUUID } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import pg from "pg";

const require = createRequire(import.meta.url);
const {
  startEmbeddedPostgres,
  ensureDatabase,
} = require("../../api/dist/dev/embedded-postgres.js");

export async function benchDatabase() {
  if (process.env.BENCH_DATABASE_URL) {
    const url = new URL(process.env.BENCH_DATABASE_URL);
    const name = decodeURIComponent(url.pathname.slice(1));
    url.pathname = "/postgres";
    return { url: await ensureDatabase(url.toString(), name), kept: true, stop: async () => {} };
  }
  const name = `mrs_bench_${randomUUID().slice(0, 8)}`;
  if (process.env.DATABASE_URL) {
    return {
      url: await ensureDatabase(process.env.DATABASE_URL, name),
      kept: false,
      // A million-claim database is gigabytes: dropped at the end, as the embedded one is.
      stop: () => dropDatabase(process.env.DATABASE_URL, name),
    };
  }
  const server = await startEmbeddedPostgres({
    dataDir: path.join(os.tmpdir(), `mrs-bench-pg-${process.pid}`),
    port: 56000,
    persistent: false,
  });
  return {
    url: await ensureDatabase(server.serverUrl, name),
    kept: false,
    stop: () => server.stop(),
  };
}

async function dropDatabase(serverUrl, name) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists ${pg.escapeIdentifier(name)} with (force)`);
  } finally {
    await client.end();
  }
}
