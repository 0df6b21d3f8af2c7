import axe from "axe-core";
import { chromium, type Browser, type Page } from "playwright-core";

declare global {
  interface Window {
    axe: typeof axe;
  }
}

/** Debian's chromium, headless, with every call home switched off. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** URL of a page of the site under test, from the platform started by the globalSetup. */
export function siteUrl(variable: "MRS_PATIENT_URL" | "MRS_AGENT_URL", pathname: string): string {
  const base = process.env[variable];
  if (!base) throw new Error(`${variable} is not set: run the browser tests through jest`);
  return new URL(pathname, base).toString();
}

// RGAA 4.1 maps onto WCAG 2.1 levels A and AA.
const RGAA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * Runs axe-core in the page and returns one readable paragraph per violation (rule, impact,
 * help link, offending elements), so that a failing test says what to fix.
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  // Colours caught mid-transition (a modal opening, a button fading in) are not what a person
  // reads: let every running CSS animation and transition finish first.
  // (An endless one, a spinner say, never finishes: wait two seconds at most.)
  await page.evaluate(() =>
    Promise.race([
      Promise.all(
        document.getAnimations().map((animation) => animation.finished.catch(() => null)),
      ),
      new Promise((resolve) => setTimeout(resolve, 2_000)),
    ]),
  );
  await page.addScriptTag({ content: axe.source });
  const violations = await page.evaluate(
    async (tags) =>
      (await window.axe.run(document, { runOnly: { type: "tag", values: tags } })).violations,
    RGAA_TAGS,
  );
  return violations.map((violation) =>
    [
      `${violation.id} (${violation.impact ?? "?"}): ${violation.help} — ${violation.helpUrl}`,
      ...violation.nodes.map((node) => `  ${node.target.join(" ")}: ${node.failureSummary ?? ""}`),
    ].join("\n"),
  );
}
