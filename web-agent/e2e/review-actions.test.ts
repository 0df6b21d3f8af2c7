import type { Browser, Locator, Page } from "playwright-core";
import { launchChromium, siteUrl, waitForEmail } from "@mrs/web-common/testing";
import { AGENT_311, checkPage as checkPageOf, eventually, signIn } from "./agent-session";
import { SCAN, submitPatientClaim, uniqueName, type SubmittedClaim } from "./patient-claim";

// The claim page beyond take and validate: a PDF read in the viewer, the patient contacted
// with a template, typed data corrected, and the shortcuts kept quiet inside the dialogs.

let browser: Browser;
let page: Page;
let claim: SubmittedClaim;

beforeAll(async () => {
  claim = await submitPatientClaim("311", uniqueName("Actions"), {
    prescription: SCAN,
    byTrain: true,
  });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await signIn(page, AGENT_311);
  await page.goto(siteUrl("MRS_AGENT_URL", `/demandes/${claim.id}`));
  await page.getByRole("heading", { level: 1, name: `Demande n° ${claim.number}` }).waitFor();
});

afterAll(async () => {
  await browser?.close();
});

const checkPage = (name: string) => checkPageOf(page, name);
const dialog = (name: string) => page.getByRole("dialog", { name });

/** How many pixels of the canvas are not white: a page drawn, not a blank frame. */
function inkedPixels(canvas: Locator): Promise<number> {
  return canvas.evaluate((element) => {
    if (!(element instanceof HTMLCanvasElement)) return 0;
    const context = element.getContext("2d");
    if (!context || element.width === 0) return 0;
    const { data } = context.getImageData(0, 0, element.width, element.height);
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) {
      if ((data[i] ?? 255) < 200 || (data[i + 1] ?? 255) < 200 || (data[i + 2] ?? 255) < 200) {
        inked += 1;
      }
    }
    return inked;
  });
}

/** Waits for a page drawn on the canvas: more than a thousand non-white pixels. */
async function expectDrawn(canvas: Locator): Promise<void> {
  expect(
    await eventually(
      () => inkedPixels(canvas),
      (n) => n > 1_000,
    ),
  ).toBeGreaterThan(1_000);
}

describe("the claim page's PDF viewer", () => {
  test("draws the scanned prescription on a canvas, with no frame around the PDF", async () => {
    const canvas = page.getByRole("img", { name: "Page 1 sur 1 de pmt-scan.pdf" });
    await canvas.waitFor();
    await expectDrawn(canvas);
    expect(await page.locator("iframe").count()).toBe(0);
    const download = page.getByRole("link", { name: /Télécharger pmt-scan\.pdf/ });
    expect(await download.getAttribute("download")).toBe("pmt-scan.pdf");
    expect(await download.getAttribute("href")).toMatch(/^\/attachments\//);
    await checkPage("7-pdf");
  });

  test("turns the pages of the train ticket and zooms", async () => {
    await page.getByRole("button", { name: /Titre de transport — receipt-train\.pdf/ }).click();
    const first = page.getByRole("img", { name: "Page 1 sur 2 de receipt-train.pdf" });
    await first.waitFor();
    await expectDrawn(first);
    const width = await first.evaluate((canvas) => canvas.getBoundingClientRect().width);
    await page.getByRole("button", { name: "Page suivante" }).click();
    const second = page.getByRole("img", { name: "Page 2 sur 2 de receipt-train.pdf" });
    await page.getByText("Page 2 sur 2, zoom 100 %").waitFor();
    await expectDrawn(second);
    expect(await page.getByRole("button", { name: "Page suivante" }).isDisabled()).toBe(true);
    await page.getByRole("button", { name: "Agrandir" }).click();
    await page.getByText("Page 2 sur 2, zoom 125 %").waitFor();
    const zoomed = () => second.evaluate((canvas) => canvas.getBoundingClientRect().width);
    expect(await eventually(zoomed, (w) => w > width)).toBeGreaterThan(width);
    await checkPage("8-pdf-page-2");
  });

  test("the worker that parses PDFs comes from the portal itself", async () => {
    const workers = page.workers().map((worker) => new URL(worker.url()).origin);
    expect(workers.length).toBeGreaterThan(0);
    expect(new Set(workers)).toEqual(new Set([new URL(siteUrl("MRS_AGENT_URL", "/")).origin]));
  });

  test("the portal serves PDF.js's image decoders and fonts itself", async () => {
    for (const asset of [
      "wasm/openjpeg.wasm",
      "wasm/jbig2.wasm",
      "standard_fonts/FoxitSerif.pfb",
    ]) {
      const response = await page.request.get(siteUrl("MRS_AGENT_URL", `/pdfjs/${asset}`));
      expect(response.status()).toBe(200);
      expect((await response.body()).length).toBeGreaterThan(1_000);
    }
  });
});

describe("contacting the patient", () => {
  test("a template, its placeholders filled, an e-mail preview; no shortcut while typing", async () => {
    await page.getByRole("button", { name: "Contacter le patient" }).click();
    const contact = dialog("Contacter le patient");
    await contact.waitFor();
    await contact
      .getByLabel("Modèle de courriel")
      .selectOption({ label: "Justificatif à fournir" });
    const subject = `Votre demande n° ${claim.number} : un justificatif est nécessaire`;
    await contact.getByText(`Objet : ${subject}`).waitFor();
    const body = contact.getByRole("textbox", { name: "Message" });
    await body.fill("");
    // Letters bound to shortcuts elsewhere on the page: here they are only typed.
    await body.pressSequentially(
      "Bonjour {{patientFirstName}}, votre photo est floue : pouvez-vous la renvoyer ?",
    );
    await contact.getByText("Bonjour Lucie, votre photo est floue").waitFor();
    await contact.getByRole("button", { name: "Annuler" }).focus();
    await page.keyboard.press("p");
    await page.keyboard.press("v");
    expect(await dialog("Prendre en charge cette demande ?").count()).toBe(0);
    expect(await contact.isVisible()).toBe(true);
    await checkPage("9-contact");

    await contact.getByRole("button", { name: "Confirmer l’envoi" }).click();
    await page.getByText("Le courriel est envoyé au patient.").waitFor();
    const timeline = page.getByRole("region", { name: "Historique" });
    await timeline.getByText("Patient contacté").waitFor();
    await timeline.getByText(`Objet : ${subject}`).waitFor();

    const email = await waitForEmail((each) => each.subject === subject);
    expect(email.to).toBe("lucie.patiente@example.fr");
    expect(email.text).toContain("Bonjour Lucie, votre photo est floue");
  });
});

describe("rejecting", () => {
  test("a template is required, and the alert goes once one is chosen", async () => {
    await page.getByRole("button", { name: "Rejeter" }).click();
    const reject = dialog("Rejeter cette demande");
    await reject.waitFor();
    await reject.getByRole("button", { name: "Confirmer le rejet" }).click();
    const required = reject.getByText("Ce champ est obligatoire.");
    await required.waitFor();

    await reject
      .getByLabel("Modèle de courriel")
      .selectOption({ label: "Prescription absente ou illisible" });
    await reject.getByText(`Objet : Votre demande de remboursement n° ${claim.number}`).waitFor();
    await required.waitFor({ state: "detached" });

    // An emptied subject is caught here, in the dialog's words, before any request.
    const subject = reject.getByRole("textbox", { name: "Objet" });
    const kept = await subject.inputValue();
    await subject.fill(" ");
    await reject.getByRole("button", { name: "Confirmer le rejet" }).click();
    await reject.getByText("Indiquez l’objet du courriel.").waitFor();
    await subject.fill(kept);

    // Not rejected: the corrections below need the claim still open.
    await reject.getByRole("button", { name: "Annuler" }).click();
    await reject.waitFor({ state: "hidden" });
  });
});

describe("correcting typed data", () => {
  const correct = async () => {
    await page.getByRole("button", { name: "Corriger les données" }).click();
    const form = dialog("Corriger les données saisies");
    await form.waitFor();
    return form;
  };
  const distanceField = (form: Locator) =>
    form.getByRole("textbox", { name: /^Distance totale de tous les trajets/ });

  test("refuses a wrong NIR in French, before asking the API", async () => {
    const form = await correct();
    expect(await distanceField(form).inputValue()).toBe("42");
    await form.getByRole("textbox", { name: /^NIR/ }).fill("268023155504224");
    await form.getByRole("button", { name: "Vérifier la correction" }).click();
    await form.getByText(/Le NIR et sa clé ne correspondent pas/).waitFor();
    await checkPage("10-correction-erreur");
    await form.getByRole("button", { name: "Annuler" }).click();
    await form.waitFor({ state: "hidden" });
  });

  test("a distance corrected shows before → after, then in the timeline", async () => {
    const form = await correct();
    await distanceField(form).fill("57");
    await form.getByRole("button", { name: "Vérifier la correction" }).click();
    await form.getByText("Distance totale de tous les trajets, en km : 42 km → 57 km").waitFor();
    await checkPage("11-correction-recapitulatif");
    await form.getByRole("button", { name: "Confirmer la correction" }).click();
    await page.getByText("Les données sont corrigées.").waitFor();
    const timeline = page.getByRole("region", { name: "Historique" });
    await timeline.getByText("Distance totale : 42 km → 57 km").waitFor();
  });

  test("a distance emptied keeps the previous one, and the page says so", async () => {
    const form = await correct();
    await distanceField(form).fill("");
    await form.getByRole("button", { name: "Vérifier la correction" }).click();
    await form.getByText("Distance totale de tous les trajets, en km : 57 km → (vide)").waitFor();
    await form.getByRole("button", { name: "Confirmer la correction" }).click();
    const status = page.getByRole("status").filter({ hasText: "est conservée" });
    await status.getByText(/la distance précédente \(57 km\) est conservée/).waitFor();
    await status.getByText(/rien n’a été enregistré/).waitFor();
    expect(await page.getByRole("region", { name: "Historique" }).getByText("→ —").count()).toBe(0);
    await checkPage("12-correction-distance-vide");
  });
});
