import { readFileSync } from "node:fs";
import path from "node:path";
import { compactNir, nirProblem } from "./nir";

// The shared fixture lists every case the API must judge; the form must agree with it.
const FIXTURE = path.resolve(__dirname, "../../../../shared/fixtures/nir.tsv");
const rows = readFileSync(FIXTURE, "utf8")
  .trim()
  .split("\n")
  .slice(1)
  .map((line) => line.split("\t"))
  .map(([nir = "", valid = "", note = ""]) => ({ nir, valid: valid === "yes", note }));

test("the fixture has cases", () => {
  expect(rows.length).toBeGreaterThan(5);
});

test.each(rows)("$nir: valid=$valid ($note)", ({ nir, valid }) => {
  expect(nirProblem(nir) === null).toBe(valid);
});

test("tolerates spaces and lower case, and says what is wrong", () => {
  expect(nirProblem("2 68 02 31 555 042 23")).toBeNull();
  expect(compactNir("2 80 11 2b 033 045 67")).toBe("280112B03304567");
  expect(nirProblem("2680231555042")).toMatch(/15 caractères/);
  expect(nirProblem("268023155504224")).toMatch(/carte Vitale/);
  expect(nirProblem("26802315550X223")).toMatch(/que des chiffres/);
});
