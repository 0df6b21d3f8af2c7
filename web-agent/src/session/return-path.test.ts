import { isPublicPage, returnPathOf, safeReturnPath, signInPath } from "./return-path";

test("keeps a path of this site, with its query and fragment", () => {
  expect(safeReturnPath("/demandes/123")).toBe("/demandes/123");
  expect(safeReturnPath("/demandes?statut=SUBMITTED&attente=non")).toBe(
    "/demandes?statut=SUBMITTED&attente=non",
  );
  expect(safeReturnPath("/demandes/../modeles#haut")).toBe("/modeles#haut");
});

test.each([
  ["another site", "https://evil.example/demandes"],
  ["a protocol-relative address", "//evil.example/demandes"],
  ["a backslash browsers read as a slash", "/\\evil.example"],
  ["a tab browsers drop", "/\t/evil.example"],
  ["a script", "javascript:alert(1)"],
  ["a relative path", "demandes"],
  ["the sign-in page itself", "/connexion?retour=/demandes"],
  ["nothing", ""],
])("refuses %s", (_name, value) => {
  expect(safeReturnPath(value)).toBeNull();
});

test("the sign-in address carries the way back, encoded", () => {
  expect(signInPath("/demandes?statut=SUBMITTED")).toBe(
    "/connexion?retour=%2Fdemandes%3Fstatut%3DSUBMITTED",
  );
  expect(signInPath("/")).toBe("/connexion");
  expect(signInPath("https://evil.example/")).toBe("/connexion");
  const back = new URL(signInPath("/demandes/42"), "http://127.0.0.1:3001").searchParams;
  expect(returnPathOf(back)).toBe("/demandes/42");
  expect(returnPathOf(new URLSearchParams("retour=//evil.example"))).toBeNull();
});

test("knows the pages open without a session", () => {
  expect(isPublicPage("/connexion")).toBe(true);
  expect(isPublicPage("/mot-de-passe-oublie")).toBe(true);
  expect(isPublicPage("/demandes")).toBe(false);
});
