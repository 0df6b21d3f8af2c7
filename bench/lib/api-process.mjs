// The built API in a process of its own, so that the load generator does not share its
// event loop: `node api/dist/main.js`, configured only by the environment.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export function freePort() {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * @param {Record<string, string>} env overrides of the API's environment
 * @param {{ cpuProfile?: string }} options cpuProfile: where `cpuProfile()` writes the V8
 *   profile of the API (BENCH_PROFILE runs; see cpu-profile-hook.cjs)
 */
export async function startApiProcess(databaseUrl, env = {}, options = {}) {
  const port = await freePort();
  const work = mkdtempSync(path.join(os.tmpdir(), "mrs-bench-api-"));
  // BENCH_API_CPU_PROF=<dir>: the API writes a V8 CPU profile there when it stops (whole run);
  // options.cpuProfile: a profile of the measured part only (cpu-profile-hook.cjs).
  const wholeRun = process.env.BENCH_API_CPU_PROF
    ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_API_CPU_PROF}`]
    : [];
  const profileHook = path.join(root, "bench/lib/cpu-profile-hook.cjs");
  const nodeArgs = options.cpuProfile ? ["--require", profileHook] : wholeRun;
  const child = spawn(process.execPath, [...nodeArgs, path.join(root, "api/dist/main.js")], {
    env: {
      ...(options.cpuProfile ? { BENCH_CPU_PROFILE: options.cpuProfile } : {}),
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      STORAGE_DIR: path.join(work, "uploads"),
      UPLOAD_TMP_DIR: path.join(work, "tmp"),
      OUTBOX_DIR: path.join(work, "outbox"),
      LOG_LEVEL: "info",
      RATE_LIMIT_DRAFTS_PER_HOUR: "1000000",
      RATE_LIMIT_SUBMISSIONS_PER_HOUR: "1000000",
      RATE_LIMIT_UPLOADS_PER_HOUR: "1000000",
      ...env,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i += 1) {
    try {
      if ((await fetch(`${url}/readyz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error("the API process exited during start-up");
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    pid: child.pid,
    /** Resident memory of the API process, in bytes. */
    rss: () =>
      Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"))[1]) * 1024,
    /** CPU time (user + system) the API process has used so far, in milliseconds. */
    cpuMs: () => cpuTimeMs(child.pid),
    /** Starts the CPU profiler; returns `stop`, which resolves once the profile is written. */
    cpuProfile() {
      if (!options.cpuProfile) throw new Error("started without options.cpuProfile");
      child.kill("SIGUSR2");
      return async () => {
        child.kill("SIGUSR2");
        while (!existsSync(options.cpuProfile)) await new Promise((r) => setTimeout(r, 50));
      };
    },
    /** Stops the API and deletes its uploads, temporary files and outbox. */
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        await new Promise((resolve) => {
          child.once("exit", resolve);
          child.kill("SIGTERM");
        });
      }
      rmSync(work, { recursive: true, force: true });
    },
  };
}

/** CPU time (user + system) used by process `pid`, in milliseconds (Linux /proc). */
export function cpuTimeMs(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // Fields after the command name, which is in parentheses and may contain spaces.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
}

// USER_HZ: 100 on every Linux the bench runs on (getconf CLK_TCK).
const CLOCK_TICKS_PER_SECOND = 100;

export async function graphql(url, query, variables, headers = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** Runs `task(i)` for i < count with at most `concurrency` at once. */
export async function pool(count, concurrency, task) {
  let next = 0;
  const results = new Array(count);
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        results[i] = await task(i);
      }
    }),
  );
  return results;
}

/** A valid 15-character NIR from a sequence number (key = 97 − number mod 97). */
export function nirFor(i) {
  const number = `1680231${String(i).padStart(6, "0")}`; // man born 1968-02 in Haute-Garonne
  const key = 97 - Number(BigInt(number) % 97n);
  return number + String(key).padStart(2, "0");
}

export const sharedDocument = (name) =>
  path.join(root, "..", "shared", "fixtures", "documents", name);
