import { mkdirSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import {
  accessibilityViolations,
  launchChromium,
  siteUrl,
  waitForEmail,
} from "@mrs/web-common/testing";

// Pictures of every page visited, to look at after a run.
const SHOTS = "/tmp/mrs-web-agent-e2e";
const ADMIN = { email: "admin.311@demo.gouv.fr", password: "Demo-Remboursements-2026" };
const NEW_PASSWORD = "Un mot de passe bien à moi";

// Names hold letters only: a unique one per run, spelled out from the clock.
const unique = Date.now()
  .toString(36)
  .replace(/\d/g, (digit) => "abcdefghij"[Number(digit)] ?? "");
const NEWCOMER = {
  firstName: "Anaïs",
  lastName: `Nouvelle-${unique}`,
  email: `anais.${unique}@assurance-maladie.fr`,
};
const NEWCOMER_NAME = `${NEWCOMER.firstName} ${NEWCOMER.lastName}`;

let browser: Browser;
let admin: Page;
let newcomer: BrowserContext;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchChromium();
  admin = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // The new agent uses a browser of their own: no cookie in common with the administrator.
  newcomer = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
});

async function checkPage(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}/comptes-${name}.png`, fullPage: true });
  expect(await accessibilityViolations(page)).toEqual([]);
}

/** Ticks or unticks a DSFR checkbox as a person does: on its label (the box is drawn over). */
async function tick(page: Page, name: RegExp | string, checked: boolean): Promise<void> {
  const box = page.getByRole("checkbox", { name });
  if ((await box.isChecked()) !== checked) {
    await page.locator(`label[for="${await box.getAttribute("id")}"]`).click();
  }
  expect(await box.isChecked()).toBe(checked);
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(siteUrl("MRS_AGENT_URL", "/connexion"));
  await page.getByRole("textbox", { name: /^Adresse électronique/ }).fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
}

describe("a local admin manages the accounts of their caisse", () => {
  test("signs in and lands on the accounts page, reachable from the menu", async () => {
    await signIn(admin, ADMIN.email, ADMIN.password);
    await admin.waitForURL("**/comptes");
    await admin.getByRole("heading", { level: 1, name: "Comptes agents" }).waitFor();
    await admin.getByRole("row", { name: /agent\.311@demo\.gouv\.fr/ }).waitFor();
    const menu = admin.getByRole("navigation", { name: /Menu principal/ });
    expect(await menu.getByRole("link", { name: "Comptes" }).getAttribute("aria-current")).toBe(
      "page",
    );
    // A local admin handles no claim: no queue in their menu.
    expect(await menu.getByRole("link", { name: "Demandes" }).count()).toBe(0);
    await checkPage(admin, "1-liste");
  });

  test("is told in French what is missing, next to each field", async () => {
    await tick(admin, /^Technicien/, false);
    await admin.getByRole("button", { name: "Créer le compte" }).click();
    const email = admin.getByRole("textbox", { name: /^Adresse électronique professionnelle/ });
    await admin.getByText("Indiquez une adresse électronique valide").waitFor();
    expect(await email.evaluate((input) => input === document.activeElement)).toBe(true);
    await admin.getByText("Indiquez le prénom.").waitFor();
    await admin.getByText("Cochez au moins un rôle.").waitFor();
    await checkPage(admin, "2-erreurs");
  });

  test("creates an account; no national role is offered", async () => {
    expect(await admin.getByRole("checkbox", { name: /^Administrateur national/ }).count()).toBe(0);
    await admin
      .getByRole("textbox", { name: /^Adresse électronique professionnelle/ })
      .fill(NEWCOMER.email);
    await admin.getByRole("textbox", { name: "Prénom", exact: true }).fill(NEWCOMER.firstName);
    await admin.getByRole("textbox", { name: "Nom", exact: true }).fill(NEWCOMER.lastName);
    await tick(admin, /^Technicien/, true);
    // Their only caisse is ticked already.
    expect(await admin.getByRole("checkbox", { name: /^311 — / }).isChecked()).toBe(true);
    await admin.getByRole("button", { name: "Créer le compte" }).click();
    await admin.getByText(`Un courriel a été envoyé à ${NEWCOMER.email}`).waitFor();
    const row = admin.getByRole("row", { name: new RegExp(NEWCOMER.email.replace(/\./g, "\\.")) });
    await row.getByText("Mot de passe non choisi").waitFor();
    await checkPage(admin, "3-compte-cree");
  });

  test("edits the account: the agent also supervises", async () => {
    await admin.getByRole("button", { name: `Modifier le compte de ${NEWCOMER_NAME}` }).click();
    const title = admin.getByRole("heading", { name: `Modifier le compte de ${NEWCOMER_NAME}` });
    await title.waitFor();
    expect(await title.evaluate((heading) => heading === document.activeElement)).toBe(true);
    await tick(admin, /^Superviseur/, true);
    await admin.getByRole("button", { name: "Enregistrer" }).click();
    await admin.getByText("Compte enregistré.").waitFor();
    const row = admin.getByRole("row", { name: new RegExp(NEWCOMER.lastName) });
    await row.getByText("Technicien, Superviseur").waitFor();
  });

  test("the new agent chooses a password through the e-mailed link, then signs in", async () => {
    const email = await waitForEmail(
      (each) => each.to.includes(NEWCOMER.email) && each.text.includes("#jeton="),
    );
    const link = /https?:\/\/\S+\/mot-de-passe#jeton=[\w-]+/.exec(email.text)?.[0];
    if (!link) throw new Error(`no link in the e-mail:\n${email.text}`);
    expect(new URL(link).origin).toBe(new URL(siteUrl("MRS_AGENT_URL", "/")).origin);

    const page = await newcomer.newPage();
    await page.goto(link);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.getByLabel("Nouveau mot de passe").fill(NEW_PASSWORD);
    await page.getByLabel("Confirmez le mot de passe").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
    await page.getByText("Votre mot de passe est enregistré.").waitFor();

    await signIn(page, NEWCOMER.email, NEW_PASSWORD);
    await page.waitForURL("**/tableau-de-bord");
    await page.getByRole("heading", { name: "Mes demandes en cours" }).waitFor();
    await page.close();
  });

  test("deactivates the account after confirming; the agent is signed out at once", async () => {
    await admin.reload();
    const deactivate = admin.getByRole("button", {
      name: `Désactiver le compte de ${NEWCOMER_NAME}`,
    });
    await deactivate.click();
    const dialog = admin.getByRole("dialog", {
      name: `Désactiver le compte de ${NEWCOMER_NAME} ?`,
    });
    await dialog.waitFor();
    await checkPage(admin, "4-confirmation");
    await dialog.getByRole("button", { name: "Confirmer la désactivation" }).click();
    await admin.getByText(`Le compte de ${NEWCOMER_NAME} est désactivé.`).waitFor();

    // The agent's open session stops working: the portal sends them back to sign-in.
    const page = await newcomer.newPage();
    await page.goto(siteUrl("MRS_AGENT_URL", "/demandes"));
    await page.waitForURL(/\/connexion(\?|$)/);
    await signIn(page, NEWCOMER.email, NEW_PASSWORD);
    await page.getByText("Adresse électronique ou mot de passe incorrect.").waitFor();
    await page.close();
  });

  test("finds the deactivated account among the inactive ones, ready to reactivate", async () => {
    await tick(admin, "Afficher aussi les comptes désactivés", true);
    const row = admin.getByRole("row", { name: new RegExp(NEWCOMER.lastName) });
    await row.getByText("Désactivé").waitFor();
    await row.getByRole("button", { name: `Réactiver le compte de ${NEWCOMER_NAME}` }).waitFor();
    await checkPage(admin, "5-comptes-desactives");
  });

  test("the accounts page fits a 360 px wide phone", async () => {
    await admin.setViewportSize({ width: 360, height: 800 });
    await admin.reload();
    await admin.getByRole("row", { name: /agent\.311@demo\.gouv\.fr/ }).waitFor();
    expect(await admin.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await checkPage(admin, "6-360px");
  });
});
