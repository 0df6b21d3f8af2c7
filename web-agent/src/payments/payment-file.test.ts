import {
  countDataLines,
  decodeCsv,
  exportFileName,
  fitsInOneRequest,
  looksLikeText,
  mayFit,
} from "./payment-file";

const HEADER = "caisse;id;nir;naissance;transport;mandatement;base;montant;bascule;finess;adeli";

describe("exportFileName", () => {
  test("names the file after the caisse and the day of the export", () => {
    expect(exportFileName("311", new Date("2026-12-03T10:00:00Z"))).toBe(
      "paiements-311-2026-12-03.csv",
    );
  });

  test("takes the day in Paris, not in UTC: 23:30 UTC is already tomorrow in Paris", () => {
    expect(exportFileName("2A1", new Date("2026-12-31T23:30:00Z"))).toBe(
      "paiements-2A1-2027-01-01.csv",
    );
    expect(exportFileName("311", new Date("2026-06-30T22:30:00Z"))).toBe(
      "paiements-311-2026-07-01.csv",
    );
  });
});

describe("countDataLines", () => {
  test("counts the lines under the header, whatever the line ends", () => {
    const line = "311;202612030001;1710575123456;04/05/1971;02/11/2026;;;;;;";
    expect(countDataLines(`${HEADER}\r\n${line}\r\n${line}\r\n`)).toBe(2);
    expect(countDataLines(`${HEADER}\n${line}`)).toBe(1);
  });

  test("an export with the header alone, or nothing at all, holds no line", () => {
    expect(countDataLines(`${HEADER}\r\n`)).toBe(0);
    expect(countDataLines("")).toBe(0);
  });
});

describe("the size of an import", () => {
  test("a file over 1 Mio cannot fit, whatever it holds", () => {
    expect(mayFit(500_000)).toBe(true);
    expect(mayFit(1024 * 1024)).toBe(false);
  });

  test("counts line breaks as the JSON request carries them: 4 bytes each", () => {
    const line = "311;202612030001;;;;10/06/2026;18,32;19;1;;";
    const lines = (n: number) => [HEADER, ...Array<string>(n).fill(line)].join("\r\n");
    // 45 bytes a line on disk, 47 once escaped: ~22 000 lines fit, not 23 000.
    expect(fitsInOneRequest(lines(22_000))).toBe(true);
    expect(fitsInOneRequest(lines(23_000))).toBe(false);
  });
});

describe("decodeCsv", () => {
  test("reads UTF-8, without its byte order mark", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("caisse;é")]);
    expect(decodeCsv(bytes)).toBe("caisse;é");
  });

  test("reads a spreadsheet's Windows-1252 file instead of garbling it", () => {
    expect(decodeCsv(new Uint8Array([0x63, 0x3b, 0xe9]))).toBe("c;é");
  });
});

describe("looksLikeText", () => {
  test("accepts a CSV with tabs, both line breaks and accents, refuses a picture's bytes", () => {
    expect(looksLikeText(`${HEADER}\r\n311;20261203\t0001;;Zoé\n`)).toBe(true);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(looksLikeText(decodeCsv(png))).toBe(false);
    expect(looksLikeText("a\u0001b")).toBe(false);
  });
});
