import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { accessibilityViolations, launchChromium, siteUrl } from "@mrs/web-common/testing";
import { patientClaimStatus, submitPatientClaim, type SubmittedClaim } from "./patient-claim";

// Pictures of every page visited, to look at after a run.
const SHOTS = "/tmp/mrs-web-agent-e2e";
const AGENT = { email: "agent.311@demo.gouv.fr", password: "Demo-Remboursements-2026" };

let browser: Browser;
let page: Page;
let claim: SubmittedClaim;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  // Names hold letters only: a unique one per run, spelled out from the clock.
  const unique = Date.now()
    .toString(36)
    .replace(/\d/g, (digit) => "abcdefghij"[Number(digit)] ?? "");
  claim = await submitPatientClaim("311", `Revue-${unique}`);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
});

async function checkPage(name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  expect(await accessibilityViolations(page)).toEqual([]);
}

describe("an agent reviews the claim a patient submitted", () => {
  test("a signed-out visitor of the queue is sent to sign-in", async () => {
    await page.goto(siteUrl("MRS_AGENT_URL", "/demandes"));
    await page.waitForURL("**/connexion");
  });

  test("signs in and lands on the dashboard", async () => {
    await page.getByRole("textbox", { name: /^Adresse électronique/ }).fill(AGENT.email);
    await page.getByLabel("Mot de passe", { exact: true }).fill(AGENT.password);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.waitForURL("**/tableau-de-bord");
    await page.getByRole("heading", { name: "Mes demandes en cours" }).waitFor();
    expect(page.url()).not.toContain(AGENT.password);
    await checkPage("1-tableau-de-bord");
  });

  test("finds the claim in the queue by its number", async () => {
    await page.getByRole("link", { name: "Demandes", exact: true }).first().click();
    await page.waitForURL("**/demandes");
    await page.getByRole("searchbox", { name: /Rechercher une demande/ }).fill(claim.number);
    await page.getByRole("button", { name: "Rechercher" }).click();
    await page.getByRole("status").filter({ hasText: "1 demande" }).waitFor();
    // The search text never reaches the address bar.
    expect(page.url()).not.toContain(claim.number);
    await checkPage("2-demandes");
    await page.getByRole("link", { name: claim.number }).click();
    await page.getByRole("heading", { level: 1, name: `Demande n° ${claim.number}` }).waitFor();
  });

  test("opens its photo, zooms and turns it", async () => {
    const photo = page.getByRole("img", { name: /Prescription : pmt-photo\.jpg/ });
    await photo.waitFor();
    await page.waitForFunction(() => {
      const img = document.querySelector("img[src^='/attachments/']");
      return img instanceof HTMLImageElement && img.naturalWidth > 0;
    });
    await page.getByRole("button", { name: "Agrandir" }).click();
    await page.getByRole("button", { name: "Pivoter à droite" }).click();
    expect(await photo.evaluate((img) => img.style.transform)).toBe("rotate(90deg) scale(1.25)");
    await checkPage("3-demande");
  });

  test("takes it through the keyboard shortcut and its confirmation", async () => {
    await page.keyboard.press("p");
    const dialog = page.getByRole("dialog", { name: "Prendre en charge cette demande ?" });
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Confirmer la prise en charge" }).click();
    await page.getByText("La demande vous est attribuée.").waitFor();
    await page.getByRole("button", { name: "Valider" }).waitFor();
  });

  test("validates it after confirming", async () => {
    await page.getByRole("button", { name: "Valider" }).click();
    const dialog = page.getByRole("dialog", { name: "Valider cette demande ?" });
    await dialog.waitFor();
    await checkPage("4-confirmation-validation");
    await dialog.getByRole("button", { name: "Confirmer la validation" }).click();
    await page.getByText("La demande est validée.").waitFor();
    await checkPage("5-demande-validee");
  });

  test("the patient's view shows it validated", async () => {
    expect(await patientClaimStatus(claim)).toBe("VALIDATED");
  });

  test("the claim page fits a 360 px wide phone", async () => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.reload();
    await page.getByRole("heading", { level: 1, name: `Demande n° ${claim.number}` }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await checkPage("6-demande-360px");
  });
});
