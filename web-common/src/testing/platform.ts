import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";

// Browser tests run the whole platform (PostgreSQL, API, both web apps) the way `npm start`
// does, on free ports and in a throw-away data folder. Needs `npm run build` first.
const LAUNCHER = path.resolve(__dirname, "../../../api/dist/dev/start-platform.js");
const READY_LINE = "Mes remboursements simplifiés est démarré";
const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;

export interface RunningPlatform {
  patientUrl: string;
  agentUrl: string;
  apiUrl: string;
  /** Where the API writes the e-mails it sends, as .eml files (no SMTP relay in tests). */
  outboxDir: string;
  stop(): Promise<void>;
}

export async function startPlatform(): Promise<RunningPlatform> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "mrs-e2e-"));
  // As root, the embedded PostgreSQL runs as `postgres`, which must be able to enter here.
  chmodSync(dataDir, 0o755);
  const [api, patient, agent, pgPort] = await freePorts(4);
  // On a shared server (DATABASE_URL), the run gets a database of its own, dropped at the end.
  const database = process.env.DATABASE_URL
    ? await createRunDatabase(process.env.DATABASE_URL)
    : undefined;
  // jest sets NODE_ENV=test, under which `next start` complains: the launcher picks its own.
  const { NODE_ENV: _jestNodeEnv, ...inherited } = process.env;
  const env: NodeJS.ProcessEnv = {
    ...inherited,
    ...(database ? { DATABASE_URL: database.url } : {}),
    PORT: String(api),
    PATIENT_PORT: String(patient),
    AGENT_PORT: String(agent),
    // Personal links in API answers and e-mails must open the patient site of this run.
    PATIENT_APP_URL: `http://127.0.0.1:${patient}`,
    EMBEDDED_PG_PORT: String(pgPort),
    DATA_DIR: dataDir,
    OUTBOX_DIR: path.join(dataDir, "outbox"),
    LOG_LEVEL: "warn",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const child = spawn(process.execPath, [LAUNCHER], { env, stdio: ["ignore", "pipe", "pipe"] });
  // Safety net if jest exits without running the teardown.
  const killOnExit = () => child.kill("SIGTERM");
  process.once("exit", killOnExit);

  const stop = async () => {
    process.off("exit", killOnExit);
    await terminate(child);
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForLine(child, READY_LINE);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    patientUrl: `http://127.0.0.1:${patient}`,
    agentUrl: `http://127.0.0.1:${agent}`,
    apiUrl: `http://127.0.0.1:${api}`,
    outboxDir: path.join(dataDir, "outbox"),
    stop,
  };
}

async function createRunDatabase(serverUrl: string) {
  const name = `mrs_e2e_${process.pid}_${Date.now().toString(36)}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${pg.escapeIdentifier(name)}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => admin(`drop database if exists ${pg.escapeIdentifier(name)} with (force)`),
  };
}

/** Resolves when the launcher prints `line`; rejects with its output if it dies or hangs. */
function waitForLine(child: ChildProcess, line: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = "";
    const fail = (why: string) => {
      clearTimeout(timer);
      reject(new Error(`The platform did not start: ${why}\n${output.slice(-4000)}`));
    };
    const timer = setTimeout(
      () => fail(`no "${line}" within ${START_TIMEOUT_MS} ms`),
      START_TIMEOUT_MS,
    );
    // Keep reading for the whole run, or the launcher would block on a full pipe.
    const onData = (chunk: Buffer) => {
      output = (output + chunk.toString("utf8")).slice(-20_000);
      if (output.includes(line)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code, signal) => fail(`the launcher exited (${signal ?? code})`));
  });
}

/** SIGTERM lets the launcher stop Next.js and PostgreSQL; SIGKILL only if it hangs. */
async function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

/** Ports the system has just handed out: all held open at once, so they are distinct. */
export async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: count }, () => {
      const server = createServer();
      return new Promise<Server>((resolve, reject) => {
        server.once("error", reject);
        server.listen(0, "127.0.0.1", () => resolve(server));
      });
    }),
  );
  const ports = servers.map(portOf);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

function portOf(server: Server): number {
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("not a TCP server");
  return address.port;
}
