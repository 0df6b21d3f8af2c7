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
  await page.goto(siteUrl("MRS_AGENT_URL", pathname), { waitUntil: "networkidle" });
  return page;
}

describe("sign-in page", () => {
  test("is where the portal's address leads", async () => {
    const page = await open("/");
    expect(new URL(page.url()).pathname).toBe("/connexion");
    await page.close();
  });

  test("asks for an e-mail address and a password, in French", async () => {
    const page = await open("/connexion");
    expect(await page.getAttribute("html", "lang")).toBe("fr");
    expect(await page.getByRole("heading", { level: 1 }).allTextContents()).toEqual([
      "Connexion à l’espace agent",
    ]);
    expect(
      await page.getByRole("textbox", { name: /^Adresse électronique/ }).getAttribute("type"),
    ).toBe("email");
    expect(await page.getByLabel("Mot de passe", { exact: true }).getAttribute("type")).toBe(
      "password",
    );
    expect(await page.getByRole("button", { name: "Se connecter" }).isVisible()).toBe(true);
    await page.close();
  });

  test("has no accessibility violations (axe, WCAG 2.1 A and AA)", async () => {
    const page = await open("/connexion");
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  test("never puts the password in the address bar", async () => {
    const page = await open("/connexion");
    const requested: string[] = [];
    page.on("request", (request) => requested.push(request.url()));
    await page.getByRole("textbox", { name: /^Adresse électronique/ }).fill("agent@caisse.fr");
    await page.getByLabel("Mot de passe", { exact: true }).fill("secret-de-test");
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.waitForLoadState("networkidle");
    expect(page.url()).toBe(siteUrl("MRS_AGENT_URL", "/connexion"));
    expect(requested.filter((url) => url.includes("secret-de-test"))).toEqual([]);
    await page.close();
  });

  test("fits a 360 px wide phone and only talks to its own origin", async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    const requested: string[] = [];
    page.on("request", (request) => requested.push(request.url()));
    const url = siteUrl("MRS_AGENT_URL", "/connexion");
    await page.goto(url, { waitUntil: "networkidle" });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    expect(requested.filter((each) => new URL(each).origin !== new URL(url).origin)).toEqual([]);
    await page.close();
  });

  test("an empty form is told in French, on each field, with no browser bubble", async () => {
    const page = await open("/connexion");
    const email = page.getByRole("textbox", { name: /^Adresse électronique/ });
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.getByText("Indiquez une adresse électronique valide").waitFor();
    await page.getByText("Indiquez votre mot de passe.").waitFor();
    // The browser's own check (an English bubble in an English browser) stays out of the way.
    expect(await email.evaluate((input) => (input as HTMLInputElement).form?.noValidate)).toBe(
      true,
    );
    expect(await email.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });
});

describe("forgotten-password and choose-password pages", () => {
  test("a missing address is told in French, on the field", async () => {
    const page = await open("/mot-de-passe-oublie");
    await page.getByRole("button", { name: "Recevoir un lien" }).click();
    await page.getByText("Indiquez une adresse électronique valide").waitFor();
    const email = page.getByRole("textbox", { name: /^Adresse électronique/ });
    expect(await email.evaluate((input) => input === document.activeElement)).toBe(true);
    await page.close();
  });

  test("an empty or short password is told in French, on the field", async () => {
    const page = await open("/mot-de-passe#jeton=jeton-de-test");
    const password = page.getByLabel("Nouveau mot de passe");
    const send = page.getByRole("button", { name: "Enregistrer le mot de passe" });
    await send.click();
    await page.getByText("Choisissez un mot de passe d’au moins 12 caractères.").waitFor();
    expect(await password.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await password.evaluate((input) => (input as HTMLInputElement).form?.noValidate)).toBe(
      true,
    );

    await password.fill("court");
    await page.getByLabel("Confirmez le mot de passe").fill("court");
    await send.click();
    await page
      .getByText("Le mot de passe doit contenir au moins 12 caractères (il en contient 5).")
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });
});
