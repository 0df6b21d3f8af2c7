import { createTestAgent, type TestAgent } from "../../test/agents";
import { createTestClaim, type TestClaim } from "../../test/claims";
import { startTestApi, type TestApi } from "../../test/test-api";
import { Claim } from "../claims/claim.entity";
import { ClaimEvent } from "../claims/claim-event.entity";
import { ClaimStatus } from "../claims/claim-enums";
import { PAYMENT_HEADER } from "./payment-csv";

const EXPORT = "query ($c: ID) { exportPayments(caisseId: $c) }";
const IMPORT = `mutation ($csv: String!) {
  importPayments(csv: $csv) {
    importedCount errorCount
    lines { line claimNumber ok errors { code column message } }
  }
}`;

interface ImportResult {
  importPayments: {
    importedCount: number;
    errorCount: number;
    lines: { line: number; claimNumber: string | null; ok: boolean; errors: { code: string }[] }[];
  };
}

let api: TestApi;
let supervisor: TestAgent;

beforeAll(async () => {
  api = await startTestApi({ BACKGROUND_JOBS: "false" });
  supervisor = await createTestAgent(api, ["SUPERVISOR"], ["311"]);
});
afterAll(async () => {
  await api.stop();
});

const validated = (caisseNumber = "311", trips?: { outboundDate: string; returnDate: null }[]) =>
  createTestClaim(api, {
    caisseNumber,
    status: ClaimStatus.VALIDATED,
    patient: { birthDate: "1971-05-04" },
    ...(trips ? { trips } : {}),
  });

async function importCsv(lines: string[]) {
  return api.exec<ImportResult>(
    IMPORT,
    { csv: [PAYMENT_HEADER, ...lines].join("\r\n") },
    { principal: supervisor.principal },
  );
}

const line = (claim: TestClaim, rest: string, caisse = "311") =>
  `${caisse};${claim.number};;;;${rest}`;

describe("payment data export", () => {
  it("lists validated claims without mandate date: header, ';', dd/mm/yyyy, six empty columns", async () => {
    const claim = await validated("311", [
      { outboundDate: "2026-11-09", returnDate: null },
      { outboundDate: "2026-11-02", returnDate: null },
    ]);
    const submitted = await createTestClaim(api);
    const { data } = await api.exec<{ exportPayments: string }>(
      EXPORT,
      {},
      { principal: supervisor.principal },
    );
    const rows = data?.exportPayments.split("\r\n") ?? [];
    expect(rows[0]).toBe(
      "caisse;id;nir;naissance;transport;mandatement;base;montant;bascule;finess;adeli",
    );
    const row = rows.find((r) => r.includes(claim.number));
    expect(row).toMatch(
      new RegExp(`^311;${claim.number};[12]\\d{14};04/05/1971;02/11/2026;;;;;;$`),
    );
    expect(rows.some((r) => r.includes(submitted.number))).toBe(false);
    expect(rows.every((r) => r === "" || r.startsWith("311;") || r.startsWith("caisse;"))).toBe(
      true,
    );
  });
});

describe("payment data import", () => {
  it("records the issue's line: mandate 10/06/2026, base 1832, amount 1900, shift", async () => {
    const claim = await validated();
    const { data } = await importCsv([line(claim, "10/06/2026;18,32;19;1;310000000;12")]);
    expect(data?.importPayments).toMatchObject({ importedCount: 1, errorCount: 0 });

    const row = await api.orm.em.fork().findOneOrFail(Claim, claim.id);
    expect(row).toMatchObject({
      mandateDate: "2026-06-10",
      paymentBaseCents: 1832,
      paymentAmountCents: 1900,
      shift: true,
      finess: "310000000",
      adeli: "12",
      version: claim.version + 1,
    });
    const events = await api.orm.em
      .fork()
      .find(ClaimEvent, { claim: claim.id, type: "PAYMENT_RECORDED" });
    expect(events).toHaveLength(1);
  });

  it("reports each refused line on its own line and records the good ones only", async () => {
    const good = await validated();
    const other = await validated("751");
    const otherToo = await validated("751");
    const submitted = await createTestClaim(api);
    const badDate = await validated();
    const badFiness = await validated();
    const { data } = await importCsv([
      line(good, "10/06/2026;18,32;19;0;;"),
      "311;209901010000;;;;10/06/2026;18,32;19;1;;",
      line(other, "10/06/2026;18,32;19;1;;", "751"),
      line(otherToo, "10/06/2026;18,32;19;1;;"),
      line(submitted, "10/06/2026;18,32;19;1;;"),
      line(badDate, "31/02/2026;18,32;19;1;;"),
      line(badFiness, "10/06/2026;18,32;19;1;31000000;"),
      line(good, "10/06/2026;18,32;19;0;;"),
      "311;too;few",
    ]);
    const byLine = data?.importPayments.lines.map((l) => [
      l.line,
      l.ok,
      l.errors.map((e) => e.code),
    ]);
    expect(byLine).toEqual([
      [2, true, []],
      [3, false, ["UNKNOWN_CLAIM"]],
      [4, false, ["OTHER_CAISSE"]],
      // A claim of 751 announced as 311's: looked up in the importer's caisses, not found.
      [5, false, ["UNKNOWN_CLAIM"]],
      [6, false, ["NOT_VALIDATED"]],
      [7, false, ["INVALID_DATE"]],
      [8, false, ["INVALID_FINESS"]],
      [9, false, ["DUPLICATE_LINE"]],
      [10, false, ["MALFORMED_LINE"]],
    ]);
    expect(data?.importPayments).toMatchObject({ importedCount: 1, errorCount: 8 });
    const em = api.orm.em.fork();
    for (const untouched of [other, otherToo, submitted, badDate, badFiness]) {
      expect((await em.findOneOrFail(Claim, untouched.id)).mandateDate).toBeNull();
    }
    expect((await em.findOneOrFail(Claim, good.id)).shift).toBe(false);
  });

  it("refuses an amount over 9 999,99 €", async () => {
    const claim = await validated();
    const { data } = await importCsv([line(claim, "10/06/2026;10000;19;1;;")]);
    expect(data?.importPayments.lines[0]?.errors.map((e) => e.code)).toEqual(["INVALID_AMOUNT"]);
  });

  // A spreadsheet's first bytes (a ZIP file), read as text the way a browser or a partner would
  // read any file.
  const xlsx = Buffer.from("504b0304140006000800", "hex").toString("utf8");
  it("refuses a file holding NUL characters (a picture) before reading it, the field named", async () => {
    const png = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex").toString("utf8");
    const { data, errors } = await api.exec(
      IMPORT,
      { csv: png },
      { principal: supervisor.principal },
    );
    expect(data ?? null).toBeNull();
    expect(errors?.[0]?.extensions).toEqual({
      code: "BAD_USER_INPUT",
      field: "csv",
      reason: "UNSTORABLE_TEXT",
    });
  });

  it.each([
    ["an empty file", "", "EMPTY_FILE", /vide/],
    ["blank lines only", "\uFEFF \r\n\r\n", "EMPTY_FILE", /vide/],
    ["a spreadsheet", xlsx.replaceAll("\0", ""), "NOT_CSV", /pas un fichier texte CSV/],
    ["the header alone", `${PAYMENT_HEADER}\r\n`, "NO_DATA_LINE", /aucune ligne de données/],
    ["another header", "id;montant\n1;2", "WRONG_HEADER", /exactement l’en-tête « caisse;id;/],
    ["commas", `${PAYMENT_HEADER.replaceAll(";", ",")}\n311,1`, "WRONG_HEADER", /virgules/],
    ["an open quote", `${PAYMENT_HEADER}\n311;"1;;;;;;;;;`, "UNREADABLE_CSV", /guillemets/],
    [
      "10 001 lines",
      [PAYMENT_HEADER, ...Array(10_001).fill("311;1;;;;;;;;;")].join("\n"),
      "TOO_MANY_LINES",
      /au plus 10\s000 lignes/,
    ],
  ])("refuses %s as a whole, with a stable reason", async (_name, csv, reason, message) => {
    const { data, errors } = await api.exec(IMPORT, { csv }, { principal: supervisor.principal });
    expect(data).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", field: "csv", reason });
    expect(errors?.[0]?.message).toMatch(message);
  });

  it("refuses a file over the 1 Mio request limit with 413, not a 500", async () => {
    const csv = [PAYMENT_HEADER, ...Array(30_000).fill("311;1;;;;10/06/2026;18,32;19;1;;")];
    const response = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: IMPORT, variables: { csv: csv.join("\r\n") } }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: "La requête est trop volumineuse.",
          extensions: { code: "BAD_USER_INPUT", reason: "TOO_LARGE" },
        },
      ],
    });
  });

  it("re-importing a recorded line changes nothing: ALREADY_PAID, the first data kept", async () => {
    const claim = await validated();
    await importCsv([line(claim, "10/06/2026;18,32;19;1;;")]);
    const again = await importCsv([line(claim, "11/06/2026;20;20;0;;")]);
    expect(again.data?.importPayments.lines).toEqual([
      expect.objectContaining({
        line: 2,
        ok: false,
        errors: [
          expect.objectContaining({
            code: "ALREADY_PAID",
            message: `La demande n° ${claim.number} a déjà des données de paiement (mandatement du 10/06/2026).`,
          }),
        ],
      }),
    ]);
    const row = await api.orm.em.fork().findOneOrFail(Claim, claim.id);
    expect(row).toMatchObject({ mandateDate: "2026-06-10", paymentAmountCents: 1900, shift: true });
    const events = await api.orm.em
      .fork()
      .find(ClaimEvent, { claim: claim.id, type: "PAYMENT_RECORDED" });
    expect(events).toHaveLength(1);
  });
});
