import { abilitiesOf } from "./roles";

test("a technician acts on claims but manages neither templates nor payments", () => {
  expect(abilitiesOf(["AGENT"])).toEqual({
    readClaims: true,
    actOnClaims: true,
    exportPayments: false,
    importPayments: false,
    manageTemplates: false,
  });
});

test("a supervisor exchanges payment data and manages templates, without status actions", () => {
  expect(abilitiesOf(["SUPERVISOR"])).toEqual({
    readClaims: true,
    actOnClaims: false,
    exportPayments: true,
    importPayments: true,
    manageTemplates: true,
  });
});

test("a national admin may do everything; a local admin nothing of this", () => {
  expect(Object.values(abilitiesOf(["NATIONAL_ADMIN"]))).toEqual([true, true, true, true, true]);
  expect(Object.values(abilitiesOf(["LOCAL_ADMIN"]))).toEqual([false, false, false, false, false]);
});
