import { checkCorrection, currentValues, type CorrectionValues } from "./correction";

const current = currentValues({
  patient: { nir: "268023155504223", birthDate: "1968-02-14", firstName: "Lucie" },
  distanceKm: 42,
});
const TODAY = "2026-12-03";
const typed = (changes: Partial<CorrectionValues>) => ({ ...current, ...changes });

test("keeps only what changed, in the API's shape", () => {
  expect(
    checkCorrection(current, typed({ distanceKm: "50", firstName: " Lucile " }), TODAY),
  ).toEqual({
    ok: true,
    input: { firstName: "Lucile", distanceKm: 50 },
    changes: [
      { field: "firstName", before: "Lucie", after: "Lucile" },
      { field: "distanceKm", before: "42", after: "50" },
    ],
  });
});

test("a NIR typed with spaces and lower case is the same NIR", () => {
  const check = checkCorrection(current, typed({ nir: "2 68 02 31 555 042 23" }), TODAY);
  expect(check).toEqual({ ok: true, input: {}, changes: [] });
});

test("a distance emptied or set to 0 is sent, for the API to keep the previous one", () => {
  for (const distanceKm of ["", "0", " "]) {
    expect(checkCorrection(current, typed({ distanceKm }), TODAY)).toEqual({
      ok: true,
      input: { distanceKm: null },
      changes: [{ field: "distanceKm", before: "42", after: "" }],
    });
  }
});

test("says in French what is wrong with each field", () => {
  const check = checkCorrection(
    current,
    { nir: "268023155504224", birthDate: "2027-01-01", firstName: "R2-D2", distanceKm: "12,5" },
    TODAY,
  );
  expect(check).toEqual({
    ok: false,
    problems: {
      nir: expect.stringMatching(/clé ne correspondent pas/),
      birthDate: "La date de naissance ne peut pas être dans le futur.",
      firstName: expect.stringMatching(/que des lettres/),
      distanceKm: expect.stringMatching(/entre 1 et 9 999/),
    },
  });
});

test("refuses an empty birth date, one before 1900 and a distance over 9 999 km", () => {
  const check = checkCorrection(current, typed({ birthDate: "", distanceKm: "10000" }), TODAY);
  expect(check.ok).toBe(false);
  expect(!check.ok && Object.keys(check.problems)).toEqual(["birthDate", "distanceKm"]);
  const old = checkCorrection(current, typed({ birthDate: "1899-12-31" }), TODAY);
  expect(!old.ok && old.problems.birthDate).toMatch(/01\/01\/1900/);
});

test("a claim without a vehicle has no distance to correct", () => {
  const noCar = { ...current, distanceKm: "" };
  expect(checkCorrection(noCar, { ...noCar, distanceKm: "abc" }, TODAY)).toEqual({
    ok: true,
    input: {},
    changes: [],
  });
});
