import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { accessibilityViolations, siteUrl } from "@mrs/web-common/testing";
import { graphQL } from "./patient-claim";

// Test support: an agent signed in through the real sign-in page, and what a test does with
// that session besides clicking.

export const PASSWORD = "Demo-Remboursements-2026";
export const AGENT_311 = "agent.311@demo.gouv.fr";
export const SUPERVISOR = "superviseur@demo.gouv.fr";

// Pictures of every page checked, to look at after a run.
const SHOTS = "/tmp/mrs-web-agent-e2e";

/** Fills and sends the sign-in form of the page shown (it must be /connexion). */
export async function fillSignIn(page: Page, email: string): Promise<void> {
  await page.getByRole("textbox", { name: /^Adresse électronique/ }).fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
}

export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(siteUrl("MRS_AGENT_URL", "/connexion"));
  await fillSignIn(page, email);
  await page.waitForURL("**/tableau-de-bord");
}

/** A full-page picture, then axe: no violation of RGAA (WCAG 2.1 A and AA). */
export async function checkPage(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  expect(await accessibilityViolations(page)).toEqual([]);
}

/** The browser's cookies for the portal, as a Cookie header the API reads. */
async function cookieHeader(page: Page): Promise<string> {
  const cookies = await page.context().cookies(siteUrl("MRS_AGENT_URL", "/"));
  return cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

/** An operation sent with the page's session, straight to the API (set-up steps). */
export async function asAgent<T>(page: Page, query: string, variables = {}): Promise<T> {
  return graphQL<T>(query, variables, { cookie: await cookieHeader(page) });
}

/**
 * Ends the session on the server while the browser keeps its cookie, as an expiry does: the
 * next operation of the page is answered UNAUTHENTICATED.
 */
export async function endSessionBehindTheBrowser(page: Page): Promise<void> {
  await asAgent(page, "mutation { logOut }");
}

/** Polls `read` until `holds` is true of its value, which it returns; fails after a while. */
export async function eventually<T>(
  read: () => Promise<T>,
  holds: (value: T) => boolean,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (holds(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`still ${JSON.stringify(value)} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
