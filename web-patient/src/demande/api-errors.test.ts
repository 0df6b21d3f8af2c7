import { submitFailureOf } from "./api-errors";

test("lists every refused field of a BAD_USER_INPUT answer", () => {
  const issues = [
    { field: "patient.nir", message: "Le numéro de sécurité sociale et sa clé…" },
    { field: "trips.1.returnDate", message: "La date du retour ne peut pas précéder…" },
  ];
  expect(
    submitFailureOf([
      {
        message: issues[0]?.message ?? "",
        extensions: { code: "BAD_USER_INPUT", field: "patient.nir", issues },
      },
    ]),
  ).toEqual({ kind: "fields", issues });
});

test("falls back on extensions.field when no list is given", () => {
  expect(
    submitFailureOf([
      {
        message: "Choisissez votre caisse.",
        extensions: { code: "BAD_USER_INPUT", field: "caisseId" },
      },
    ]),
  ).toEqual({
    kind: "fields",
    issues: [{ field: "caisseId", message: "Choisissez votre caisse." }],
  });
});

test("an unknown or expired draft, a rate limit, anything else", () => {
  expect(submitFailureOf([{ message: "x", extensions: { code: "UNAUTHENTICATED" } }])).toEqual({
    kind: "expired",
  });
  expect(submitFailureOf([{ message: "x", extensions: { code: "TOO_MANY_REQUESTS" } }])).toEqual({
    kind: "rate-limited",
  });
  expect(
    submitFailureOf([{ message: "x", extensions: { code: "INTERNAL_SERVER_ERROR" } }]),
  ).toEqual({ kind: "unavailable" });
  expect(submitFailureOf([])).toEqual({ kind: "unavailable" });
});
