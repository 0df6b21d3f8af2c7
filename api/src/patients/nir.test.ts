import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { sharedFixture } from "../../test/fixtures";
import { nirKey, parseNir } from "./nir";

interface NirRow {
  nir: string;
  valid: string;
  note: string;
}

const rows = parse(readFileSync(sharedFixture("nir.tsv"), "utf8"), {
  delimiter: "\t",
  columns: true,
  skip_empty_lines: true,
}) as NirRow[];

describe("parseNir against shared/fixtures/nir.tsv", () => {
  it("reads every line of the fixture", () => {
    expect(rows.length).toBeGreaterThanOrEqual(9);
  });

  it.each(rows.map((r) => [r.nir, r.valid, r.note]))("%s valid=%s (%s)", (nir, valid) => {
    const result = parseNir(nir);
    expect(result.ok).toBe(valid === "yes");
    if (result.ok) {
      expect(result.nir.number + result.nir.key).toBe(nir.toUpperCase());
    } else {
      expect(result.message).toMatch(/sécurité sociale/);
    }
  });
});

describe("parseNir", () => {
  it("ignores spaces and stores Corsican letters upper case", () => {
    const result = parseNir(" 2 80 11 2b 033 045 67 ");
    expect(result).toEqual({ ok: true, nir: { number: "280112B033045", key: "67" } });
  });

  it("tells a wrong key apart from a wrong shape", () => {
    expect(parseNir("268023155504224")).toMatchObject({ ok: false, message: /carte Vitale/ });
    expect(parseNir("2680231555042X3")).toMatchObject({ ok: false, message: /chiffres/ });
    expect(parseNir("")).toMatchObject({ ok: false, message: /15 caractères/ });
  });

  it("computes the key with 2A as 19 and 2B as 18", () => {
    expect(nirKey("175032A004123")).toBe(97 - Number(1750319004123n % 97n));
    expect(nirKey("280112B033045")).toBe(97 - Number(2801118033045n % 97n));
  });
});
