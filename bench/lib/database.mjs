// A PostgreSQL for a benchmark: a fresh database on DATABASE_URL's server when set, else an
// embedded server in a temporary folder (stopped and deleted at the end).
import { randomUUID } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const {
  startEmbeddedPostgres,
  ensureDatabase,
} = require("../../api/dist/dev/embedded-postgres.js");

export async function benchDatabase() {
  const name = `mrs_bench_${randomUUID().slice(0, 8)}`;
  if (process.env.DATABASE_URL) {
    return { url: await ensureDatabase(process.env.DATABASE_URL, name), stop: async () => {} };
  }
  const server = await startEmbeddedPostgres({
    dataDir: path.join(os.tmpdir(), `mrs-bench-pg-${process.pid}`),
    port: 56000,
    persistent: false,
  });
  return { url: await ensureDatabase(server.serverUrl, name), stop: () => server.stop() };
}
