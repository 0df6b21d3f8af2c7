import os from "node:os";
import path from "node:path";
import pg from "pg";
import { workerDatabaseUrl } from "../database";
import { spawnBuilt, type Spawned } from "../processes";
import { freePort } from "../smtp";

// The API process stops on SIGTERM and SIGINT by itself (main.ts): it closes HTTP, the
// background jobs and the database, and exits with 0, not by its shutdown timeout nor killed
// by the signal. Run outside NODE_ENV=test, where libraries (Apollo) add signal handlers of
// their own.
jest.setTimeout(60_000);

async function startApi(databaseUrl: string, readyPattern: RegExp): Promise<Spawned> {
  const api = spawnBuilt(
    "main.js",
    {
      NODE_ENV: "development",
      SEED_DEMO: "false",
      PORT: String(await freePort()),
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: "info",
      STORAGE_DIR: path.join(os.tmpdir(), `mrs-shutdown-${process.pid}`, "uploads"),
      OUTBOX_DIR: path.join(os.tmpdir(), `mrs-shutdown-${process.pid}`, "outbox"),
      // Far longer than a clean stop takes; reaching it exits with 1.
      SHUTDOWN_TIMEOUT_MS: "20000",
    },
    readyPattern,
  );
  await api.ready;
  return api;
}

/** Sends `signal` and returns the exit code (null: killed by it) and what was logged meanwhile. */
async function signalAndWait(api: Spawned, signal: NodeJS.Signals) {
  let output = "";
  api.child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  const exited = new Promise<number | null>((resolve) => api.child.once("exit", resolve));
  api.child.kill(signal);
  return { code: await exited, output };
}

describe.each(["SIGTERM", "SIGINT"] as const)("on %s", (signal) => {
  it("stops cleanly, without waiting for its shutdown timeout", async () => {
    const api = await startApi(await workerDatabaseUrl(), /"api listening"/);
    const { code, output } = await signalAndWait(api, signal);
    expect(code).toBe(0);
    expect(output).toContain('"msg":"shutting down"');
    expect(output).not.toContain("shutdown timed out");
  });
});

it("stops cleanly on a signal that comes while it is starting", async () => {
  // An empty database: the migrations it applies first are logged before it listens.
  const server = new URL(await workerDatabaseUrl());
  const name = `mrs_shutdown_${process.pid}`;
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name}`);
    await admin.query(`create database ${name}`);
    server.pathname = `/${name}`;
    const api = await startApi(server.toString(), /"migrations applied"/);
    const { code, output } = await signalAndWait(api, "SIGTERM");
    expect(code).toBe(0);
    expect(output).toContain('"msg":"shutting down"');
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
});
