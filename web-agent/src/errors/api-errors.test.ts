import { CombinedGraphQLErrors } from "@apollo/client/errors";
import { apiFailure, failureText } from "./api-errors";

function graphQLFailure(code: string, message: string, field?: string): CombinedGraphQLErrors {
  return new CombinedGraphQLErrors({
    errors: [{ message, extensions: { code, ...(field ? { field } : {}) } }],
  });
}

test("reads the code, the message and the field of the first error", () => {
  expect(apiFailure(graphQLFailure("BAD_USER_INPUT", "NIR invalide.", "patient.nir"))).toEqual({
    code: "BAD_USER_INPUT",
    apiMessage: "NIR invalide.",
    field: "patient.nir",
  });
});

test("treats unknown codes and transport failures as internal errors", () => {
  expect(apiFailure(graphQLFailure("WHATEVER", "x")).code).toBe("INTERNAL_SERVER_ERROR");
  expect(apiFailure(new TypeError("fetch failed"))).toEqual({
    code: "INTERNAL_SERVER_ERROR",
    apiMessage: null,
    field: null,
  });
});

test("keeps the API's French text for sign-in errors, uses ours for conflicts", () => {
  const badCredentials = "Adresse électronique ou mot de passe incorrect.";
  expect(failureText(apiFailure(graphQLFailure("UNAUTHENTICATED", badCredentials)))).toBe(
    badCredentials,
  );
  expect(failureText(apiFailure(graphQLFailure("CONFLICT", "stale version 3")))).toMatch(
    /modifiée entre-temps/,
  );
});

test("shows the API's reason when a move is impossible (a claim on hold, say)", () => {
  const onHold = "Cette demande est en attente : levez l’attente avant de la valider.";
  expect(failureText(apiFailure(graphQLFailure("INVALID_TRANSITION", onHold)))).toBe(onHold);
});
