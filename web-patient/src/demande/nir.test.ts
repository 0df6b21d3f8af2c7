import { compactNir, nirProblem } from "./nir";

// The rule itself is tested against the shared fixture in @mrs/web-common/identity.
test("tolerates spaces and lower case, and says what is wrong", () => {
  expect(nirProblem("2 68 02 31 555 042 23")).toBeNull();
  expect(compactNir("2 80 11 2b 033 045 67")).toBe("280112B03304567");
  expect(nirProblem("2680231555042")).toMatch(/15 caractères/);
  expect(nirProblem("268023155504224")).toMatch(/carte Vitale/);
  expect(nirProblem("26802315550X223")).toMatch(/que des chiffres/);
});
