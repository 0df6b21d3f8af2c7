import { abilitiesOf, landingPage } from "./roles";

test("a technician acts on claims but manages neither templates nor payments", () => {
  expect(abilitiesOf(["AGENT"])).toEqual({
    readClaims: true,
    actOnClaims: true,
    exportPayments: false,
    importPayments: false,
    manageTemplates: false,
    manageAccounts: false,
  });
});

test("a supervisor exchanges payment data and manages templates, without status actions", () => {
  expect(abilitiesOf(["SUPERVISOR"])).toEqual({
    readClaims: true,
    actOnClaims: false,
    exportPayments: true,
    importPayments: true,
    manageTemplates: true,
    manageAccounts: false,
  });
});

test("a national admin may do everything; a local admin manages accounts only", () => {
  expect(Object.values(abilitiesOf(["NATIONAL_ADMIN"])).every(Boolean)).toBe(true);
  expect(abilitiesOf(["LOCAL_ADMIN"])).toEqual({
    readClaims: false,
    actOnClaims: false,
    exportPayments: false,
    importPayments: false,
    manageTemplates: false,
    manageAccounts: true,
  });
});

test("a local admin only lands on the accounts, everyone else on the dashboard", () => {
  expect(landingPage(abilitiesOf(["LOCAL_ADMIN"]))).toBe("/comptes");
  expect(landingPage(abilitiesOf(["LOCAL_ADMIN", "AGENT"]))).toBe("/tableau-de-bord");
  expect(landingPage(abilitiesOf(["NATIONAL_ADMIN"]))).toBe("/tableau-de-bord");
  expect(landingPage(abilitiesOf(["SUPERVISOR"]))).toBe("/tableau-de-bord");
});
