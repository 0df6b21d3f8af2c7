import { mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { accessibilityViolations, launchChromium, siteUrl } from "@mrs/web-common/testing";

// The shared fixtures sit beside the repository: <repo root>/../shared.
const DOCUMENTS = path.resolve(__dirname, "../../../shared/fixtures/documents");
// Screenshots of each step at 360 px, for people to look at (not compared by the test).
const SHOTS = process.env.MRS_SCREENSHOTS_DIR ?? path.join(os.tmpdir(), "mrs-claim-steps");

let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** A Paris calendar date `days` before today: trips must not be in the future. */
function daysAgo(days: number): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

async function phone(): Promise<Page> {
  return browser.newPage({ viewport: { width: 360, height: 780 }, locale: "fr-FR" });
}

async function checkStep(page: Page, title: string, shot: string): Promise<void> {
  await page.getByRole("heading", { level: 2, name: new RegExp(title) }).waitFor();
  expect(await accessibilityViolations(page)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.screenshot({ path: path.join(SHOTS, `${shot}.png`), fullPage: true });
}

async function next(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Étape suivante" }).click();
}

test("a patient claims from a phone, follows the claim and cancels it", async () => {
  const page = await phone();
  await page.goto(siteUrl("MRS_PATIENT_URL", "/demande"), { waitUntil: "networkidle" });

  await checkStep(page, "Votre caisse", "1-caisse");
  await page.getByLabel("Votre caisse d’assurance maladie").selectOption({
    label: "311 — CPAM de la Haute-Garonne",
  });
  await page.getByText("Elle rembourse les frais de stationnement.").waitFor();
  await page.screenshot({ path: path.join(SHOTS, "1-caisse-choisie.png"), fullPage: true });
  await next(page);

  await checkStep(page, "Votre prescription", "2-prescription");
  await page.getByText("Une prescription médicale de transport sur papier").click();
  await page
    .getByLabel(/Photo ou scan de la prescription/)
    .setInputFiles(path.join(DOCUMENTS, "pmt-photo.jpg"));
  await page.getByRole("button", { name: "Retirer pmt-photo.jpg" }).waitFor({ timeout: 30_000 });
  expect(await page.locator("#annonces-formulaire").textContent()).toBe(
    "pmt-photo.jpg a été joint.",
  );
  await checkStep(page, "Votre prescription", "2-prescription-jointe");
  await next(page);

  await checkStep(page, "La personne transportée", "3-identite");
  // The key check happens in the browser already.
  await page.getByLabel(/^Numéro de sécurité sociale/).fill("2 68 02 31 555 042 24");
  await page.getByLabel("Date de naissance de la personne transportée").fill("1968-02-14");
  await page.getByLabel("Prénom").fill("Élodie");
  await page.getByLabel("Nom", { exact: true }).fill("Martin");
  await page.getByLabel(/^Adresse électronique/).fill("elodie.martin@example.org");
  await next(page);
  const summary = page.getByRole("heading", { name: "Une erreur empêche de continuer" });
  await summary.waitFor();
  expect(await page.evaluate(() => document.activeElement?.textContent)).toContain("carte Vitale");
  await page.getByLabel(/^Numéro de sécurité sociale/).fill("2 68 02 31 555 042 23");

  // A reload in the middle of the form keeps the step and what was typed.
  await page.reload({ waitUntil: "networkidle" });
  await page.getByRole("heading", { level: 2, name: /La personne transportée/ }).waitFor();
  expect(await page.getByLabel(/^Numéro de sécurité sociale/).inputValue()).toBe(
    "2 68 02 31 555 042 23",
  );
  expect(await page.getByLabel("Prénom").inputValue()).toBe("Élodie");
  expect(page.url()).not.toContain("268");
  await next(page);

  await checkStep(page, "Vos trajets", "4-trajets");
  const first = page.getByRole("group", { name: "Trajet 1" });
  await first.getByLabel("Date de l’aller").fill(daysAgo(14));
  // "Aller-retour" is ticked by default: without a return date the form does not go on.
  await next(page);
  await page.getByRole("heading", { name: "Une erreur empêche de continuer" }).waitFor();
  await page
    .getByRole("link", { name: "Indiquez la date du retour, ou décochez « Aller-retour »." })
    .waitFor();
  await checkStep(page, "Vos trajets", "4-trajets-erreur");
  await first.getByLabel("Date du retour").fill(daysAgo(14));
  await page.getByRole("button", { name: "Ajouter un trajet" }).click();
  const second = page.getByRole("group", { name: "Trajet 2" });
  await second.getByLabel("Date de l’aller").fill(daysAgo(10));
  await second.getByLabel("Date du retour").fill(daysAgo(10));
  await page.screenshot({ path: path.join(SHOTS, "4-trajets-remplis.png"), fullPage: true });
  await next(page);

  await checkStep(page, "Vos frais et justificatifs", "5-frais");
  await page.getByText("Avec un véhicule personnel").click();
  await page.getByLabel(/^Distance parcourue/).fill("160");
  await page.getByLabel(/^Péages/).fill("6,40");
  // Tolls without their receipt: refused on the page; the error state still fits 360 px.
  await next(page);
  await page.getByText("Une erreur empêche de continuer").first().waitFor();
  await checkStep(page, "Vos frais et justificatifs", "5-frais-erreur");
  await page
    .getByLabel(/^Justificatifs de péage ou de stationnement/)
    .setInputFiles(path.join(DOCUMENTS, "receipt-toll.png"));
  await page.getByRole("button", { name: "Retirer receipt-toll.png" }).waitFor();
  await checkStep(page, "Vos frais et justificatifs", "5-frais-remplis");
  await next(page);

  await checkStep(page, "Déclaration sur l’honneur", "6-declaration");
  await page.getByText(/Je certifie sur l’honneur/).click();
  await next(page);

  await checkStep(page, "Récapitulatif et envoi", "7-recapitulatif");
  const estimate = page.getByRole("table", { name: "Estimation indicative du remboursement" });
  expect(await estimate.getByRole("cell").allTextContents()).toEqual([
    "Base de remboursement (0,30 € par km, péages, stationnement, transports)",
    "54,40\u00a0€",
    "Remboursé au taux général de 55 %",
    "29,92\u00a0€",
    "Remboursé à 100 % (affection de longue durée, accident du travail, maternité…)",
    "54,40\u00a0€",
  ]);
  await page.getByRole("button", { name: "Envoyer ma demande" }).click();

  const done = page.getByRole("heading", { level: 2, name: "Votre demande est envoyée" });
  await done.waitFor();
  const numberText = await page.getByText(/^Numéro de votre demande : \d{12}$/).textContent();
  const number = numberText?.replace(/\D/g, "") ?? "";
  expect(number).toMatch(/^\d{12}$/);
  await checkStep(page, "Votre demande est envoyée", "8-confirmation");

  await page.getByRole("link", { name: "Suivre ma demande" }).click();
  await page.getByRole("heading", { level: 1, name: `Demande n° ${number}` }).waitFor();
  expect(await page.getByText("Envoyée", { exact: true }).isVisible()).toBe(true);
  expect(await page.getByRole("link", { name: "pmt-photo.jpg" }).isVisible()).toBe(true);
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.screenshot({ path: path.join(SHOTS, "9-suivi.png"), fullPage: true });

  await page.getByRole("button", { name: "Annuler ma demande" }).click();
  const dialog = page.getByRole("dialog", { name: "Annuler cette demande ?" });
  await dialog.waitFor();
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.screenshot({ path: path.join(SHOTS, "10-annulation.png") });
  await dialog.getByRole("button", { name: "Oui, annuler la demande" }).click();
  await page.getByText("Annulée", { exact: true }).waitFor();
  expect(await page.getByRole("button", { name: "Annuler ma demande" }).count()).toBe(0);
  expect(await page.getByText("Demande annulée par vous").count()).toBe(1);
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.screenshot({ path: path.join(SHOTS, "11-annulee.png"), fullPage: true });
  await page.close();
}, 180_000);

test("a personal link with a wrong token finds nothing", async () => {
  const page = await phone();
  await page.goto(
    siteUrl("MRS_PATIENT_URL", "/suivi/00000000-0000-4000-8000-000000000000?jeton=faux"),
    { waitUntil: "networkidle" },
  );
  await page
    .getByRole("heading", { level: 1, name: "Demande introuvable ou lien expiré" })
    .waitFor();
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.close();
});
