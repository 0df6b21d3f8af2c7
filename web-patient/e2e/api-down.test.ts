import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import type { Browser } from "playwright-core";
import { accessibilityViolations, launchChromium } from "@mrs/web-common/testing";
import { freePorts } from "@mrs/web-common/testing";

// The patient site on its own, pointed at a port where no API listens: what a patient sees
// while the API is down or restarting.
const APP_DIR = path.resolve(__dirname, "..");
let site: ChildProcess;
let siteUrl: string;
let browser: Browser;

beforeAll(async () => {
  const [sitePort, deadPort] = await freePorts(2);
  const nextBin = require.resolve("next/dist/bin/next", { paths: [APP_DIR] });
  const { NODE_ENV: _jestNodeEnv, ...env } = process.env;
  site = spawn(process.execPath, [nextBin, "start", "-p", String(sitePort), "-H", "127.0.0.1"], {
    cwd: APP_DIR,
    env: { ...env, API_URL: `http://127.0.0.1:${deadPort}`, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
  });
  siteUrl = `http://127.0.0.1:${sitePort}`;
  await waitForHttp(`${siteUrl}/accessibilite`);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  if (site && site.exitCode === null) {
    const exited = new Promise((resolve) => site.once("exit", resolve));
    site.kill("SIGTERM");
    await exited;
  }
});

test("the home page says the caisses are unavailable, in an accessible alert", async () => {
  const page = await browser.newPage();
  const response = await page.goto(siteUrl, { waitUntil: "networkidle" });
  expect(response?.status()).toBe(200);
  const alert = page.locator(".fr-alert--error");
  expect(await alert.getByRole("heading").textContent()).toBe(
    "La liste des caisses est momentanément indisponible",
  );
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.close();
});

test("the GraphQL relay answers 502 with a French message", async () => {
  const response = await fetch(`${siteUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ caisses { id } }" }),
  });
  expect(response.status).toBe(502);
  expect(await response.json()).toEqual({
    code: "INTERNAL_SERVER_ERROR",
    message: "Le service est momentanément indisponible. Réessayez dans quelques instants.",
  });
});

async function waitForHttp(url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}
