import "reflect-metadata";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { ConfigError, demoSeedEnabled, parseConfig, type Config } from "../config/config";
import { createLogger } from "../logging/logger";
import { startApi } from "../app/api";
import { DEMO_PASSWORD, demoLogins, type DemoLogin } from "../agents/demo-agents";
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded-postgres";

/**
 * `npm start`: the whole platform on one machine. PostgreSQL is embedded unless
 * DATABASE_URL is set; the API runs in this process; the two Next.js apps are children.
 * Ctrl-C or SIGTERM stops everything, PostgreSQL included.
 */
const ROOT = path.resolve(__dirname, "../../..");

const port = z.coerce
  .number({ message: "must be a port number (1-65535)" })
  .int("must be a port number (1-65535)")
  .min(1, "must be a port number (1-65535)")
  .max(65535, "must be a port number (1-65535)");

const launcherSchema = z.object({
  PATIENT_PORT: port.default(3000),
  AGENT_PORT: port.default(3001),
  EMBEDDED_PG_PORT: port.default(54329),
  DATA_DIR: z.string().min(1).default(path.join(ROOT, ".data")),
  /** 0: database and API only (API work, drills). */
  START_WEB: z.enum(["0", "1"], { message: "must be 0 or 1" }).default("1"),
});

function parseAll(): { config: Config; launcher: z.infer<typeof launcherSchema> } {
  const problems: string[] = [];
  let config: Config | undefined;
  try {
    config = parseConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    problems.push(...error.problems);
  }
  const launcher = launcherSchema.safeParse(process.env);
  if (!launcher.success) {
    for (const issue of launcher.error.issues) {
      const name = issue.path.join(".");
      problems.push(`${name} ${issue.message} (got ${JSON.stringify(process.env[name])})`);
    }
  }
  if (problems.length > 0 || !config || !launcher.success) throw new ConfigError(problems);
  return { config, launcher: launcher.data };
}

export async function startPlatform(): Promise<void> {
  let settings;
  try {
    settings = parseAll();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const { launcher } = settings;
  // Links in e-mails must open the sites this launcher serves, unless told otherwise.
  const config: Config = {
    ...settings.config,
    PATIENT_APP_URL: process.env.PATIENT_APP_URL ?? `http://localhost:${launcher.PATIENT_PORT}`,
    AGENT_APP_URL: process.env.AGENT_APP_URL ?? `http://localhost:${launcher.AGENT_PORT}`,
  };
  const logger = createLogger(config.LOG_LEVEL);
  const children: ChildProcess[] = [];
  let database: EmbeddedDatabase | undefined;
  let stopApi: (() => Promise<void>) | undefined;
  let stopping = false;

  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log("\nArrêt de la plateforme…");
    for (const child of children) child.kill("SIGTERM");
    await Promise.all(children.map((child) => exited(child)));
    await stopApi?.().catch(() => undefined);
    await database?.stop().catch(() => undefined);
    process.exit(code);
  };
  process.on("SIGINT", () => void stopAll(0));
  process.on("SIGTERM", () => void stopAll(0));
  // `npm start` runs us under `sh -c`, which dies on SIGTERM without passing it on: when our
  // parent goes away, we are orphaned (re-parented), and stop as if we had been told to.
  const parent = process.ppid;
  const orphanWatch = setInterval(() => {
    if (process.ppid !== parent) void stopAll(0);
  }, 500);
  orphanWatch.unref();

  try {
    let databaseUrl = config.DATABASE_URL;
    if (!databaseUrl) {
      mkdirSync(launcher.DATA_DIR, { recursive: true });
      database = await startEmbeddedPostgres({
        dataDir: path.join(launcher.DATA_DIR, "pg"),
        port: launcher.EMBEDDED_PG_PORT,
        persistent: true,
      });
      databaseUrl = await ensureDatabase(database.serverUrl, "mrs");
      console.log(
        `PostgreSQL embarqué prêt (données : ${database.dataDir}, port ${database.port}).`,
      );
    }
    const api = await startApi({ config: { ...config, DATABASE_URL: databaseUrl }, logger });
    stopApi = api.stop;

    const apps =
      launcher.START_WEB === "1"
        ? [
            { dir: "web-patient", port: launcher.PATIENT_PORT, label: "Site patient" },
            { dir: "web-agent", port: launcher.AGENT_PORT, label: "Portail agent" },
          ]
        : [];
    for (const app of apps) {
      children.push(
        startNext(app.dir, app.port, api.url, () => {
          if (stopping) return; // it was asked to stop
          console.error(`${app.dir} s'est arrêté de lui-même : arrêt de la plateforme.`);
          void stopAll(1);
        }),
      );
    }
    await Promise.all(apps.map((app) => waitForHttp(`http://127.0.0.1:${app.port}/`)));
    const logins = demoSeedEnabled(config) ? await demoLogins(api.orm.em.fork()) : [];

    console.log(
      [
        "",
        "Mes remboursements simplifiés est démarré :",
        ...apps.map((app) => `  ${app.label.padEnd(14)} http://localhost:${app.port}`),
        `  API GraphQL    ${api.url}/graphql`,
        `  Santé          ${api.url}/readyz`,
        ...demoBanner(logins),
        "Ctrl-C pour tout arrêter.",
        "",
      ].join("\n"),
    );
  } catch (error) {
    console.error("Le démarrage a échoué :", error);
    await stopAll(1);
  }
}

/** The demo accounts, for the start-up banner (development only). */
function demoBanner(logins: DemoLogin[]): string[] {
  if (logins.length === 0) return [];
  const width = Math.max(...logins.map((l) => l.email.length));
  return [
    `Comptes de démonstration (mot de passe : ${DEMO_PASSWORD}) :`,
    ...logins.map((l) => {
      const caisses = l.caisses.length > 0 ? `, caisses ${l.caisses.join(", ")}` : "";
      return `  ${l.email.padEnd(width)}  ${l.roles.join(", ")}${caisses}`;
    }),
  ];
}

function startNext(dir: string, port: number, apiUrl: string, onCrash: () => void): ChildProcess {
  const nextBin = require.resolve("next/dist/bin/next", { paths: [path.join(ROOT, dir)] });
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: path.join(ROOT, dir),
    env: { ...process.env, API_URL: apiUrl, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  child.once("exit", (code, signal) => {
    if (signal === null && code !== 0) {
      onCrash();
    }
  });
  return child;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

async function waitForHttp(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

if (require.main === module) void startPlatform();
