import type { Browser, Page } from "playwright-core";
import { launchChromium, siteUrl } from "@mrs/web-common/testing";
import { checkPage, signIn, SUPERVISOR } from "./agent-session";
import { uniqueName } from "./patient-claim";

// The message templates page: the form's own French checks, and only the actions the API
// accepts (a national template is changed by a national administrator only).

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await signIn(page, SUPERVISOR);
});

afterAll(async () => {
  await browser?.close();
});

/** The rows of the national templates (installed with every platform). */
const nationalRows = (of: Page) => of.getByRole("row").filter({ hasText: /National/ });

describe("a supervisor", () => {
  test("is offered no change to a national template", async () => {
    await page.goto(siteUrl("MRS_AGENT_URL", "/modeles"));
    await page.getByRole("table").waitFor();
    const rows = nationalRows(page);
    expect(await rows.count()).toBeGreaterThan(0);
    for (const name of ["Modifier", "Désactiver", "Réactiver"]) {
      expect(await rows.getByRole("button", { name }).count()).toBe(0);
    }
    await rows.first().getByText("seul un administrateur national peut le modifier").waitFor();
  });

  test("is told in French, on each field, what an empty template lacks", async () => {
    await page.getByRole("button", { name: "Créer le modèle" }).click();
    const name = page.getByRole("textbox", { name: /^Nom du modèle/ });
    await page.getByText("Indiquez le nom du modèle.").waitFor();
    await page.getByText("Indiquez l’objet du courriel.").waitFor();
    await page.getByText("Indiquez le corps du courriel.").waitFor();
    expect(await name.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await name.evaluate((input) => (input as HTMLInputElement).form?.noValidate)).toBe(true);
    await checkPage(page, "modeles-1-erreurs");
  });

  test("creates a template of their caisse, which they may then change", async () => {
    const templateName = uniqueName("Modele");
    await page.getByRole("textbox", { name: /^Nom du modèle/ }).fill(templateName);
    await page.getByRole("textbox", { name: /^Objet du courriel/ }).fill("Votre demande");
    await page.getByRole("textbox", { name: /^Corps du courriel/ }).fill("Bonjour, merci.");
    await page.getByRole("button", { name: "Créer le modèle" }).click();
    await page.getByText("Modèle créé.").waitFor();
    expect(await page.getByText("Indiquez le nom du modèle.").count()).toBe(0);
    const row = page.getByRole("row").filter({ hasText: templateName });
    await row.getByRole("button", { name: "Modifier" }).waitFor();
    await row.getByRole("button", { name: "Désactiver" }).waitFor();
  });
});

describe("a national administrator", () => {
  test("may change the national templates", async () => {
    const admin = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await signIn(admin, "admin.national@demo.gouv.fr");
      await admin.goto(siteUrl("MRS_AGENT_URL", "/modeles"));
      await admin.getByRole("table").waitFor();
      const rows = nationalRows(admin);
      expect(await rows.count()).toBeGreaterThan(0);
      await rows.first().getByRole("button", { name: "Modifier" }).waitFor();
    } finally {
      await admin.close();
    }
  });
});
