import type { Browser, Page } from "playwright-core";
import { launchChromium, siteUrl } from "@mrs/web-common/testing";
import {
  AGENT_311,
  asAgent,
  checkPage as checkPageOf,
  endSessionBehindTheBrowser,
  fillSignIn,
  signIn,
  SUPERVISOR,
} from "./agent-session";
import { submitPatientClaim, uniqueName, type SubmittedClaim } from "./patient-claim";

// The queue's bulk validation, a session that ends mid-visit, and what a supervisor sees.

let browser: Browser;
let page: Page;
const lastName = uniqueName("Lot");
let taken: SubmittedClaim;
let waiting: SubmittedClaim;

beforeAll(async () => {
  taken = await submitPatientClaim("311", lastName);
  waiting = await submitPatientClaim("311", lastName);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await signIn(page, AGENT_311);
});

afterAll(async () => {
  await browser?.close();
});

const checkPage = (name: string) => checkPageOf(page, name);

async function searchQueue(text: string, expected: string): Promise<void> {
  await page.getByRole("searchbox", { name: /Rechercher une demande/ }).fill(text);
  await page.getByRole("button", { name: "Rechercher" }).click();
  await page.getByRole("status").filter({ hasText: expected }).first().waitFor();
}

describe("bulk validation from the queue", () => {
  test("validates the claims it can and reports the SUBMITTED one, not validated", async () => {
    // One of the two is taken in charge first; the other stays SUBMITTED.
    const { claim } = await asAgent<{ claim: { version: number } }>(
      page,
      "query Version($id: ID!) { claim(id: $id) { version } }",
      { id: taken.id },
    );
    await asAgent(
      page,
      "mutation Take($id: ID!, $v: Int!) { takeClaim(id: $id, version: $v) { id } }",
      {
        id: taken.id,
        v: claim.version,
      },
    );
    await page.goto(siteUrl("MRS_AGENT_URL", "/demandes"));
    await searchQueue(lastName, "2 demandes");

    // By keyboard: the "whole page" box, then the claims' own boxes stay operable.
    const wholePage = page.getByRole("checkbox", { name: "Tout sélectionner sur la page" });
    await wholePage.focus();
    await page.keyboard.press("Space");
    await page.getByText("2 demandes sélectionnées").waitFor();
    for (const claim of [taken, waiting]) {
      const box = page.getByRole("checkbox", {
        name: `Sélectionner la demande n° ${claim.number}`,
      });
      expect(await box.isChecked()).toBe(true);
    }
    await checkPage("13-selection");

    await page.getByRole("button", { name: "Valider la sélection" }).click();
    const confirm = page.getByRole("dialog", { name: "Valider 2 demandes ?" });
    await confirm.waitFor();
    await checkPage("14-confirmation-lot");
    await confirm.getByRole("button", { name: "Confirmer la validation de 2 demandes" }).click();

    const report = page.getByRole("status").filter({ hasText: "Résultat de la validation" });
    await report.getByText("1 demande validée, 1 demande non validée.").waitFor();
    await report.getByText(`N° ${taken.number} : validée.`).waitFor();
    await report
      .getByText(
        `N° ${waiting.number} : non validée — Prenez d’abord la demande en charge avant de la valider.`,
      )
      .waitFor();
    // The list was read again: the validated claim shows its new status, nothing is ticked.
    const row = page.getByRole("row").filter({ hasText: taken.number });
    await row.getByText("Validée").waitFor();
    await page.getByText("Aucune demande sélectionnée").waitFor();
    await checkPage("15-rapport-lot");
  });
});

describe("a refused search", () => {
  test("says why under the field and shows no list, not even the previous one", async () => {
    await page.goto(siteUrl("MRS_AGENT_URL", "/demandes"));
    await page.getByRole("table").waitFor();
    const searchbox = page.getByRole("searchbox", { name: /Rechercher une demande/ });
    await searchQueue("%", "Aucune demande affichée.");
    await page.getByText("Recherchez un numéro de demande (12 chiffres)").waitFor();
    expect(await page.getByRole("table").count()).toBe(0);
    expect(await page.getByText(/^\d+ demandes/).count()).toBe(0);
    expect(await searchbox.getAttribute("aria-invalid")).toBe("true");
    expect(await searchbox.evaluate((input) => input === document.activeElement)).toBe(true);
    await checkPage("15b-recherche-refusee");

    // A good search brings a list back, and the reason goes.
    await searchQueue(lastName, "2 demandes");
    await page.getByRole("table").waitFor();
    expect(await page.getByText("Recherchez un numéro de demande (12 chiffres)").count()).toBe(0);
  });
});

describe("a session that ends mid-visit", () => {
  test("leads to sign-in, then back to the page the agent was opening", async () => {
    await endSessionBehindTheBrowser(page);
    await page.getByRole("link", { name: waiting.number }).click();
    await page.waitForURL(`**/connexion?retour=%2Fdemandes%2F${waiting.id}`);
    await checkPage("16-session-expiree");
    await fillSignIn(page, AGENT_311);
    await page.waitForURL(`**/demandes/${waiting.id}`);
    await page.getByRole("heading", { level: 1, name: `Demande n° ${waiting.number}` }).waitFor();
  });

  test("sign-in never follows a way back to another site", async () => {
    await endSessionBehindTheBrowser(page);
    await page.goto(siteUrl("MRS_AGENT_URL", "/connexion?retour=//exemple.invalid/demandes"));
    await fillSignIn(page, AGENT_311);
    await page.waitForURL("**/tableau-de-bord");
    expect(new URL(page.url()).origin).toBe(new URL(siteUrl("MRS_AGENT_URL", "/")).origin);
  });
});

describe("a supervisor, who reads without acting", () => {
  test("sees no empty Actions heading and no selection boxes", async () => {
    const supervisor = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await signIn(supervisor, SUPERVISOR);
      await supervisor.goto(siteUrl("MRS_AGENT_URL", `/demandes/${waiting.id}`));
      await supervisor
        .getByRole("heading", { level: 1, name: `Demande n° ${waiting.number}` })
        .waitFor();
      await supervisor.getByRole("heading", { name: "Historique" }).waitFor();
      expect(await supervisor.getByRole("heading", { name: "Actions" }).count()).toBe(0);
      expect(await supervisor.getByRole("button", { name: "Prendre en charge" }).count()).toBe(0);
      await checkPageOf(supervisor, "17-superviseur-demande");

      await supervisor.goto(siteUrl("MRS_AGENT_URL", "/demandes"));
      await supervisor.getByRole("table").waitFor();
      const boxes = supervisor.getByRole("checkbox", { name: /^(Tout s|S)électionner/ });
      expect(await boxes.count()).toBe(0);
      expect(await supervisor.getByRole("button", { name: "Valider la sélection" }).count()).toBe(
        0,
      );
    } finally {
      await supervisor.close();
    }
  });
});
