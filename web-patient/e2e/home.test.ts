import type { Browser, Page } from "playwright-core";
import { accessibilityViolations, launchChromium, siteUrl } from "@mrs/web-common/testing";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function open(pathname: string, width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(siteUrl("MRS_PATIENT_URL", pathname), { waitUntil: "networkidle" });
  return page;
}

describe("home page", () => {
  test("lists the active caisses, read through the API", async () => {
    const page = await open("/");
    const table = page.getByRole("table", {
      name: "Caisses d’assurance maladie proposant le service",
    });
    const row = table.getByRole("row").filter({ hasText: "CPAM de la Haute-Garonne" });
    expect(await row.getByRole("cell").allTextContents()).toEqual([
      "311",
      "CPAM de la Haute-Garonne",
    ]);
    await page.close();
  });

  test("has no accessibility violations (axe, WCAG 2.1 A and AA)", async () => {
    const page = await open("/");
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  test("is a French page with one h1 and skip links first in the tab order", async () => {
    const page = await open("/");
    expect(await page.getAttribute("html", "lang")).toBe("fr");
    // By role: the closed DSFR dialogs (display settings) hold h1s that nobody can reach.
    expect(await page.getByRole("heading", { level: 1 }).allTextContents()).toEqual([
      "Vos trajets vers vos soins, remboursés en quelques jours",
    ]);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Contenu");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("contenu");
    await page.close();
  });

  test("only ever talks to its own origin", async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on("request", (request) => requested.push(request.url()));
    const home = siteUrl("MRS_PATIENT_URL", "/");
    await page.goto(home, { waitUntil: "networkidle" });
    const origin = new URL(home).origin;
    expect(requested.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    await page.close();
  });

  test("fits a 360 px wide phone without horizontal scrolling", async () => {
    const page = await open("/", 360);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await page.close();
  });

  test("leads to the claim page, which is accessible too", async () => {
    const page = await open("/");
    await page.getByRole("link", { name: "Faire une demande de remboursement" }).click();
    await page.waitForURL("**/demande");
    await page.getByRole("heading", { level: 1, name: "Demande de remboursement" }).waitFor();
    await page.getByRole("heading", { level: 2, name: /Votre caisse/ }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });
});
