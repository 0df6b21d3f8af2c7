import os from "node:os";
import path from "node:path";
import { workerDatabaseUrl } from "../database";
import { spawnBuilt } from "../processes";
import { freePort } from "../smtp";

// The API process stops on SIGTERM and SIGINT by itself (main.ts): it closes HTTP, the
// background jobs and the database, and exits with 0, not by its shutdown timeout. Run outside
// NODE_ENV=test, where libraries (Apollo) add signal handlers of their own.
jest.setTimeout(60_000);

describe.each(["SIGTERM", "SIGINT"] as const)("on %s", (signal) => {
  it("stops cleanly, without waiting for its shutdown timeout", async () => {
    const api = spawnBuilt(
      "main.js",
      {
        NODE_ENV: "development",
        SEED_DEMO: "false",
        PORT: String(await freePort()),
        DATABASE_URL: await workerDatabaseUrl(),
        LOG_LEVEL: "info",
        STORAGE_DIR: path.join(os.tmpdir(), `mrs-shutdown-${process.pid}`, "uploads"),
        OUTBOX_DIR: path.join(os.tmpdir(), `mrs-shutdown-${process.pid}`, "outbox"),
        // Far longer than a clean stop takes; reaching it exits with 1.
        SHUTDOWN_TIMEOUT_MS: "20000",
      },
      /"api listening"/,
    );
    await api.ready;
    let output = "";
    api.child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    const exited = new Promise<number | null>((resolve) => api.child.once("exit", resolve));
    api.child.kill(signal);
    expect(await exited).toBe(0);
    expect(output).toContain('"msg":"shutting down"');
    expect(output).not.toContain("shutdown timed out");
  });
});
