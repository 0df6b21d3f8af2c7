// Benchmark 5: what the browser pays for the claim form and the agent queue. JavaScript
// shipped (every script the page's HTML loads, gzip-compressed), and the Largest Contentful
// Paint measured in Debian's Chromium on loopback. The baseline is each app's bare 404 page:
// the floor of Next.js, React and the State design system that any page carries.
import { spawn } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { freePort } from "./lib/api-process.mjs";
import { report, table } from "./lib/report.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const RUNS = 5;

async function startPlatform() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "mrs-bench-web-"));
  chmodSync(dataDir, 0o755);
  const [api, patient, agent, pgPort] = [await freePort(), await freePort(), await freePort(), await freePort()];
  const { NODE_ENV: _ignored, DATABASE_URL: _external, ...env } = process.env;
  const child = spawn(process.execPath, [path.join(root, "api/dist/dev/start-platform.js")], {
    env: { ...env, PORT: String(api), PATIENT_PORT: String(patient), AGENT_PORT: String(agent),
      EMBEDDED_PG_PORT: String(pgPort), DATA_DIR: dataDir, LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
      if (out.includes("est démarré")) resolve();
    });
    child.once("exit", () => reject(new Error(`launcher exited:\n${out}`)));
  });
  return {
    patientUrl: `http://127.0.0.1:${patient}`,
    agentUrl: `http://127.0.0.1:${agent}`,
    stop: async () => {
      await new Promise((resolve) => {
        child.once("exit", resolve);
        child.kill("SIGTERM");
      });
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Gzip size of every script the page's HTML references, and of the HTML itself. */
async function shipped(url, cookie) {
  const html = await (await fetch(url, { headers: cookie ? { cookie } : {} })).text();
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => new URL(m[1], url).href);
  let js = 0;
  for (const src of new Set(scripts)) js += gzipSync(Buffer.from(await (await fetch(src)).arrayBuffer())).length;
  return { js, html: gzipSync(Buffer.from(html)).length, files: new Set(scripts).size };
}

async function lcp(browser, url, prepare) {
  const values = [];
  for (let i = 0; i < RUNS; i += 1) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    if (prepare) await prepare(context);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: "networkidle" });
    values.push(
      await page.evaluate(
        () =>
          new Promise((resolve) => {
            new PerformanceObserver((list) => {
              const entries = list.getEntries();
              resolve(entries[entries.length - 1].startTime);
            }).observe({ type: "largest-contentful-paint", buffered: true });
          }),
      ),
    );
    await context.close();
  }
  values.sort((a, b) => a - b);
  return values[Math.floor(RUNS / 2)];
}

export async function run() {
  const platform = await startPlatform();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    // The demo agent of caisse 311, seeded in development (see the start-up banner).
    const signIn = async (context) => {
      const response = await context.request.post(`${platform.agentUrl}/graphql`, {
        headers: { "content-type": "application/json" },
        data: { query: 'mutation { logIn(email: "agent.311@demo.gouv.fr", password: "Demo-Remboursements-2026") { id } }' },
      });
      if (!response.ok()) throw new Error(`logIn: ${response.status()}`);
    };
    const pages = [
      ["patient: bare 404 (floor)", `${platform.patientUrl}/page-inexistante`, null],
      ["patient: claim form /demande", `${platform.patientUrl}/demande`, null],
      ["agent: bare 404 (floor)", `${platform.agentUrl}/page-inexistante`, signIn],
      ["agent: queue /demandes", `${platform.agentUrl}/demandes`, signIn],
    ];
    const rows = [];
    for (const [label, url, prepare] of pages) {
      const size = await shipped(url);
      const paint = await lcp(browser, url, prepare);
      rows.push([label, `${(size.js / 1024).toFixed(1)} KiB`, size.files, `${(size.html / 1024).toFixed(1)} KiB`, `${paint.toFixed(0)} ms`]);
    }
    report(
      "web",
      "5. Web: JavaScript shipped (gzip) and Largest Contentful Paint (median of 5, 360 px, loopback)",
      table(["page", "JS gzip", "scripts", "HTML gzip", "LCP"], rows),
    );
  } finally {
    await browser.close();
    await platform.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
