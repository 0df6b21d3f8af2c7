import { mkdirSync, readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { accessibilityViolations, launchChromium, siteUrl } from "@mrs/web-common/testing";

// Pictures of every page visited, to look at after a run.
const SHOTS = "/tmp/mrs-web-agent-e2e";
const PASSWORD = "Demo-Remboursements-2026";
const SUPERVISOR = "superviseur@demo.gouv.fr";
const HEADER = "caisse;id;nir;naissance;transport;mandatement;base;montant;bascule;finess;adeli";
// The demo data's validated claim without payment data, in every caisse: Camille Rousseau's.
const DEMO_BIRTH_DATE = "23/09/1979";

let browser: Browser;
let page: Page;
/** The demo claim's line in the export, as downloaded. */
let exported: string[];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
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

async function signIn(email: string): Promise<void> {
  await page.goto(siteUrl("MRS_AGENT_URL", "/connexion"));
  await page.getByRole("textbox", { name: /^Adresse électronique/ }).fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.waitForURL("**/tableau-de-bord");
}

async function importFile(name: string, content: string): Promise<void> {
  await page
    .getByLabel(/^Fichier CSV de la liquidation/)
    .setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(content, "utf8") });
  await page.getByRole("button", { name: "Importer le fichier" }).click();
}

const report = () => page.getByRole("region", { name: "Résultat de l’import" });

describe("a supervisor sends the payment request and imports the answer", () => {
  test("finds the payment pages from the dashboard and the menu", async () => {
    await signIn(SUPERVISOR);
    const menu = page.getByRole("navigation", { name: "Menu principal" });
    await menu.getByRole("link", { name: "Export des paiements" }).waitFor();
    await menu.getByRole("link", { name: "Import des paiements" }).waitFor();
    await page.getByRole("region", { name: "Paiements" }).getByRole("link").first().waitFor();
    await checkPage("paiements-0-tableau-de-bord");
    await page.getByRole("link", { name: "Export des paiements" }).last().click();
    await page.waitForURL("**/paiements/export");
    await page.getByRole("heading", { level: 1, name: "Export des paiements" }).waitFor();
    await checkPage("paiements-1-export");
  });

  test("downloads caisse 311's CSV: the API's exact bytes, header and demo claim", async () => {
    const select = page.getByLabel(/^Caisse/);
    const value = await select.locator("option", { hasText: /^311 — / }).getAttribute("value");
    await select.selectOption(value ?? "");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Télécharger le fichier CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^paiements-311-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = readFileSync(await download.path());
    const csv = bytes.toString("utf8");

    // The same query straight through the relay, with the page's session cookie.
    const direct = await page.request.post(siteUrl("MRS_AGENT_URL", "/graphql"), {
      data: { query: "query($c: ID) { exportPayments(caisseId: $c) }", variables: { c: value } },
    });
    const { data } = (await direct.json()) as { data: { exportPayments: string } };
    expect(bytes.equals(Buffer.from(data.exportPayments, "utf8"))).toBe(true);

    const lines = csv.split("\r\n").filter((line) => line !== "");
    expect(lines[0]).toBe(HEADER);
    const demo = lines.find((line) => line.split(";")[3] === DEMO_BIRTH_DATE);
    expect(demo).toMatch(/^311;\d{12};\d{15};23\/09\/1979;\d{2}\/\d{2}\/\d{4};;;;;;$/);
    exported = (demo ?? "").split(";");
    await page
      .getByRole("status")
      .filter({ hasText: `${lines.length - 1} demande` })
      .waitFor();
    await checkPage("paiements-2-export-telecharge");
  });

  test("imports one good line, three bad ones; the report says why each was refused", async () => {
    await page.getByRole("link", { name: "Importer les données de paiement" }).click();
    await page.waitForURL("**/paiements/import");
    await checkPage("paiements-3-import");

    const [caisse, number, nir, birth, transport] = exported;
    const good = `${caisse};${number};${nir};${birth};${transport};10/06/2026;18,32;19;1;;`;
    await importFile(
      "retour-liquidation.csv",
      [
        HEADER,
        good,
        "311;209901010000;;;;10/06/2026;18,32;19;1;;",
        `${caisse};${number};${nir};${birth};${transport};31/02/2026;18,32;19;1;;`,
        good,
      ].join("\r\n"),
    );
    await report().getByText("1 ligne sur 4 enregistrée.").waitFor();
    const rows = report().getByRole("table", { name: "Lignes refusées" }).locator("tbody tr");
    expect(await rows.allInnerTexts()).toEqual([
      expect.stringMatching(/^3\s+209901010000\s+Demande n° 209901010000 inconnue\.$/),
      expect.stringMatching(/^4\s+\d{12}\s+Date de mandatement « 31\/02\/2026 » invalide/),
      expect.stringMatching(/^5\s+\d{12}\s+La demande n° \d{12} figure déjà à la ligne 2/),
    ]);
    await checkPage("paiements-4-rapport");
  });

  test("a second import of the line changes nothing and says it is already recorded", async () => {
    const [caisse, number, nir, birth, transport] = exported;
    await importFile(
      "retour-liquidation.csv",
      [HEADER, `${caisse};${number};${nir};${birth};${transport};11/06/2026;20;20;0;;`].join(
        "\r\n",
      ),
    );
    await report()
      .getByText(/Aucune ligne enregistrée sur 1 ligne\./)
      .waitFor();
    await report()
      .getByText(
        /Aucune ligne à corriger\. 1 ligne était déjà enregistrée lors d’un import précédent/,
      )
      .waitFor();
    // Listed apart, not among the refused lines: there is nothing to correct.
    await report()
      .getByRole("table", { name: "Lignes déjà enregistrées (rien à corriger)" })
      .getByText(/déjà des données de paiement \(mandatement du 10\/06\/2026\)/)
      .waitFor();
    expect(await report().getByRole("table", { name: "Lignes refusées" }).count()).toBe(0);
  });

  test("a file refused as a whole says why, on the field, in French", async () => {
    await importFile("vide.csv", "");
    const field = page.locator(".fr-upload-group");
    await field.getByText("Le fichier est vide.").waitFor();
    await importFile("classeur.csv", "id,montant\n1,2");
    await field.getByText(/La première ligne du fichier doit être exactement l’en-tête/).waitFor();
    await importFile("photo.csv", "\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR");
    await field.getByText(/n’est pas un fichier texte CSV/).waitFor();
    await checkPage("paiements-5-fichier-refuse");
  });

  test("the import page fits a 360 px wide phone, report included", async () => {
    await page.setViewportSize({ width: 360, height: 800 });
    const [caisse, number] = exported;
    await importFile("ligne.csv", `${HEADER}\r\n${caisse};${number};;;;12/06/2026;1;1;1;;`);
    await report().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await checkPage("paiements-6-import-360px");
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  test("the claim page then shows the payment data", async () => {
    const number = exported[1] ?? "";
    await page.goto(siteUrl("MRS_AGENT_URL", "/demandes"));
    await page.getByRole("searchbox", { name: /Rechercher une demande/ }).fill(number);
    await page.getByRole("button", { name: "Rechercher" }).click();
    await page.getByRole("link", { name: number }).click();
    await page.getByRole("heading", { level: 1, name: `Demande n° ${number}` }).waitFor();
    const payment = page.getByRole("region", { name: "Paiement", exact: true });
    await payment.getByText("10/06/2026").waitFor();
    const shown = [
      "Date de mandatement\\s+10/06/2026",
      "Base de remboursement\\s+18,32\\s€",
      "Montant payé\\s+19,00\\s€",
      "Bascule du taxi au véhicule\\s+Oui",
    ];
    expect(await payment.locator("dl").innerText()).toMatch(new RegExp(shown.join("\\s+")));
    await checkPage("paiements-7-demande-payee");
  });
});

describe("a national administrator", () => {
  test("picks any caisse; an empty export says so and downloads nothing", async () => {
    await page.context().clearCookies();
    await signIn("admin.national@demo.gouv.fr");
    await page.goto(siteUrl("MRS_AGENT_URL", "/paiements/export"));
    const select = page.getByLabel(/^Caisse/);
    // Every caisse, not only the account's: none is chosen for them.
    expect(await select.inputValue()).toBe("");
    // Sent without a caisse: told so in French, on the field, not by a browser bubble.
    await page.getByRole("button", { name: "Télécharger le fichier CSV" }).click();
    await page.getByText("Choisissez la caisse dont vous voulez exporter les paiements.").waitFor();
    expect(await select.evaluate((element) => element === document.activeElement)).toBe(true);
    await checkPage("paiements-7-export-sans-caisse");
    // The Ain's caisse does not offer the service: no claim, nothing to pay.
    const value = await select.locator("option", { hasText: /^011 — / }).getAttribute("value");
    await select.selectOption(value ?? "");
    const downloads: string[] = [];
    page.on("download", (download) => downloads.push(download.suggestedFilename()));
    await page.getByRole("button", { name: "Télécharger le fichier CSV" }).click();
    await page
      .getByRole("status")
      .filter({
        hasText: "Aucune demande validée de la caisse 011 n’attend de données de paiement",
      })
      .waitFor();
    expect(downloads).toEqual([]);
    await checkPage("paiements-8-export-vide");
  });
});

describe("a technician", () => {
  test("has no payment pages: no menu entry, and the page says so", async () => {
    await page.context().clearCookies();
    await signIn("agent.311@demo.gouv.fr");
    const menu = page.getByRole("navigation", { name: "Menu principal" });
    await menu.getByRole("link", { name: "Demandes" }).waitFor();
    expect(await menu.getByRole("link", { name: /paiements/ }).count()).toBe(0);
    await page.goto(siteUrl("MRS_AGENT_URL", "/paiements/import"));
    await page
      .getByText("Votre compte ne permet pas d’importer les données de paiement.")
      .waitFor();
  });
});
