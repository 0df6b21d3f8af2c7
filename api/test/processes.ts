import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const DIST = path.resolve(__dirname, "../dist");

/** A node script of the built API run as a separate process (fault drills). */
export interface Spawned {
  child: ChildProcess;
  /** The first stdout line matching `ready`, once printed. */
  ready: Promise<string>;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export function spawnBuilt(
  script: string,
  /** Added to this process's environment; `undefined` removes a variable. */
  env: Record<string, string | undefined>,
  readyPattern: RegExp,
): Spawned {
  const file = path.join(DIST, script);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build -w api\` first`);
  const childEnv = { ...process.env, ...env };
  for (const [name, value] of Object.entries(childEnv)) {
    if (value === undefined) delete childEnv[name];
  }
  const child = spawn(process.execPath, [file], {
    env: childEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const ready = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      const match = readyPattern.exec(output);
      if (match) resolve(match[1] ?? match[0]);
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.once("exit", (code) => reject(new Error(`${script} exited (${code}): ${output}`)));
  });
  ready.catch(() => undefined);
  return {
    child,
    ready,
    async stop(signal = "SIGTERM") {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill(signal);
      await exited;
    },
  };
}

/** An embedded PostgreSQL in its own process, so that a drill can stop and restart it. */
export function spawnPostgres(dataDir: string, port: number, database = "mrs"): Spawned {
  return spawnBuilt(
    "dev/postgres-server.js",
    { PG_DATA_DIR: dataDir, PG_PORT: String(port), PG_DATABASE: database },
    /ready (\S+)/,
  );
}
