import { readFileSync } from "node:fs";
import path from "node:path";
import { compactNir, nameProblem, nirProblem } from "./identity-rules";

// The shared fixture lists every case the API must judge; the web apps must agree with it.
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

test("tolerates spaces and lower case, and names the problem", () => {
  expect(nirProblem("2 68 02 31 555 042 23")).toBeNull();
  expect(compactNir("2 80 11 2b 033 045 67")).toBe("280112B03304567");
  expect(nirProblem("2680231555042")).toBe("length");
  expect(nirProblem("268023155504224")).toBe("key");
  expect(nirProblem("26802315550X223")).toBe("characters");
});

test("names: letters, spaces, apostrophes and hyphens, 70 at most", () => {
  expect(nameProblem("  Anne-Sophie d’Arc ")).toBeNull();
  expect(nameProblem("Zoé")).toBeNull();
  expect(nameProblem("  ")).toBe("missing");
  expect(nameProblem("a".repeat(71))).toBe("tooLong");
  expect(nameProblem("R2-D2")).toBe("characters");
});
