import type { Browser, Locator, Page } from "playwright-core";
import { launchChromium, siteUrl } from "@mrs/web-common/testing";
import { AGENT_311, checkPage as checkPageOf, fillSignIn } from "./agent-session";
import {
  patientClaimStatus,
  submitPatientClaim,
  uniqueName,
  type SubmittedClaim,
} from "./patient-claim";

let browser: Browser;
let page: Page;
let claim: SubmittedClaim;

beforeAll(async () => {
  claim = await submitPatientClaim("311", uniqueName("Revue"));
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
});

const checkPage = (name: string) => checkPageOf(page, name);

describe("an agent reviews the claim a patient submitted", () => {
  test("a signed-out visitor of the queue is sent to sign-in", async () => {
    await page.goto(siteUrl("MRS_AGENT_URL", "/demandes"));
    await page.waitForURL("**/connexion?retour=%2Fdemandes");
  });

  test("signs in and comes back to the queue, then opens the dashboard", async () => {
    await fillSignIn(page, AGENT_311);
    await page.waitForURL("**/demandes");
    await page.getByRole("link", { name: "Tableau de bord" }).first().click();
    await page.waitForURL("**/tableau-de-bord");
    await page.getByRole("heading", { name: "Mes demandes en cours" }).waitFor();
    await page
      .getByRole("heading", { name: "Plus ancienne demande à prendre en charge" })
      .waitFor();
    expect(page.url()).not.toContain("Demo-Remboursements");
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

  test("opens its photo, zooms and turns it without cutting it", async () => {
    const photo = page.getByRole("img", { name: /Prescription : pmt-photo\.jpg/ });
    await photo.waitFor();
    await page.waitForFunction(() => {
      const img = document.querySelector("img[src^='/attachments/']");
      return img instanceof HTMLImageElement && img.naturalWidth > 0;
    });
    const frame = page.getByRole("region", { name: /Prescription : pmt-photo\.jpg/ });
    for (const [button, status] of [
      ["Pivoter à droite", "rotation 90°"],
      ["Pivoter à droite", "rotation 180°"],
      ["Pivoter à droite", "rotation 270°"],
    ] as const) {
      await page.getByRole("button", { name: button }).click();
      await page.getByText(status).waitFor();
      expect(await isInside(photo, frame)).toBe(true);
    }
    await page.getByRole("button", { name: "Agrandir" }).click();
    await page.getByText("Zoom 125 %, rotation 270°").waitFor();
    // Zoomed past the frame, it scrolls: every part of the photo can be reached.
    expect(await frame.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await page.getByRole("button", { name: "Taille d’origine" }).click();
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
    // The e-mail the API will send, shown before the decision: its subject names the claim.
    await dialog
      .getByText(`Objet : Votre demande de remboursement n° ${claim.number} est validée`)
      .waitFor();
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

/** True when the element's box (a turned image's outline) lies within the frame's inner box. */
async function isInside(element: Locator, frame: Locator): Promise<boolean> {
  const inner = await frame.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return {
      left: box.left + el.clientLeft,
      top: box.top + el.clientTop,
      right: box.left + el.clientLeft + el.clientWidth,
      bottom: box.top + el.clientTop + el.scrollHeight,
    };
  });
  const box = await element.evaluate((el) => {
    const { left, top, right, bottom } = el.getBoundingClientRect();
    return { left, top, right, bottom };
  });
  const tolerance = 1;
  return (
    box.left >= inner.left - tolerance &&
    box.right <= inner.right + tolerance &&
    box.top >= inner.top - tolerance &&
    box.bottom <= inner.bottom + tolerance
  );
}
