import { execFileSync, spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { rmSync } from "node:fs";
import pg from "pg";
import { spawnBuilt } from "../processes";

// `npm start` without DATABASE_URL: an embedded PostgreSQL that survives restarts in its data
// folder and never outlives the launcher.
jest.setTimeout(120_000);

const dataDir = path.join(os.tmpdir(), `mrs-launcher-${process.pid}`);
const pgPort = 58000 + (process.pid % 1000);

function launch() {
  const env = {
    DATABASE_URL: undefined, // the embedded database is what is tested here
    DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(pgPort),
    PORT: "0",
    START_WEB: "0",
    LOG_LEVEL: "silent",
  };
  return spawnBuilt("dev/start-platform.js", env, /API GraphQL\s+(\S+)\/graphql/);
}

function postgresProcessesOf(dir: string): string[] {
  try {
    return execFileSync("pgrep", ["-af", dir], { encoding: "utf8" })
      .split("\n")
      .filter((line) => line.includes("postgres"));
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

it("starts, stops on SIGTERM leaving no postgres behind, and finds its data again", async () => {
  const first = launch();
  const apiUrl = await first.ready;
  expect((await fetch(`${apiUrl}/readyz`)).status).toBe(200);
  const url = `postgresql://postgres:postgres@127.0.0.1:${pgPort}/mrs`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("create table launcher_marker (id int)");
  await client.query("insert into launcher_marker values (42)");
  await client.end();
  expect(postgresProcessesOf(dataDir).length).toBeGreaterThan(0);
  await first.stop("SIGTERM");
  expect(postgresProcessesOf(dataDir)).toEqual([]);

  const second = launch();
  await second.ready;
  const again = new pg.Client({ connectionString: url });
  await again.connect();
  const { rows } = await again.query<{ id: number }>("select id from launcher_marker");
  await again.end();
  expect(rows).toEqual([{ id: 42 }]);
  await second.stop("SIGINT");
  expect(postgresProcessesOf(dataDir)).toEqual([]);
});

it("stops everything when the shell that ran it (npm's `sh -c`) is killed with SIGTERM", async () => {
  const launcher = path.resolve(__dirname, "../../dist/dev/start-platform.js");
  // `; true` keeps sh from exec-ing node: sh stays the parent, as under `npm start`.
  const shell = spawn("sh", ["-c", `"${process.execPath}" "${launcher}"; true`], {
    env: {
      ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== "DATABASE_URL")),
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(pgPort),
      PORT: "0",
      START_WEB: "0",
      LOG_LEVEL: "silent",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve) => {
    let out = "";
    shell.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
      if (out.includes("API GraphQL")) resolve();
    });
  });
  expect(postgresProcessesOf(dataDir).length).toBeGreaterThan(0);
  shell.kill("SIGTERM");
  let left = postgresProcessesOf(dataDir);
  for (let i = 0; i < 40 && left.length > 0; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    left = postgresProcessesOf(dataDir);
  }
  expect(left).toEqual([]);
});
