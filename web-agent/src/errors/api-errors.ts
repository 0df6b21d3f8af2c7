import { CombinedGraphQLErrors } from "@apollo/client/errors";
import { apiErrorMessages as m } from "./api-errors.messages";

/** The closed vocabulary of `extensions.code` (api-contract.graphql), plus what we may meet. */
export type ApiErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "BAD_USER_INPUT"
  | "NOT_FOUND"
  | "CONFLICT"
  | "INVALID_TRANSITION"
  | "TOO_MANY_REQUESTS"
  | "INTERNAL_SERVER_ERROR";

const CODES: readonly string[] = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "CONFLICT",
  "INVALID_TRANSITION",
  "TOO_MANY_REQUESTS",
  "INTERNAL_SERVER_ERROR",
];

function isApiErrorCode(code: unknown): code is ApiErrorCode {
  return typeof code === "string" && CODES.includes(code);
}

/** What a page needs from a failed operation: the code, and the API's French text if any. */
export interface ApiFailure {
  code: ApiErrorCode;
  /** The API's own message: French for the codes a person may read (input, sign-in, limits). */
  apiMessage: string | null;
  /** `extensions.field` of an input error ("patient.nir"). */
  field: string | null;
}

/** Reads the first GraphQL error of a failed operation; a transport failure reads as internal. */
export function apiFailure(error: unknown): ApiFailure {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = first?.extensions?.code;
    const field = first?.extensions?.field;
    return {
      code: isApiErrorCode(code) ? code : "INTERNAL_SERVER_ERROR",
      apiMessage: first?.message ?? null,
      field: typeof field === "string" ? field : null,
    };
  }
  return { code: "INTERNAL_SERVER_ERROR", apiMessage: null, field: null };
}

/**
 * The sentence a person reads. Codes whose API message is written for people keep it; the
 * others get this portal's wording (the API's text for them may be technical).
 */
export function failureText(failure: ApiFailure): string {
  switch (failure.code) {
    // For INVALID_TRANSITION the API says why ("levez l'attente avant de la valider").
    case "BAD_USER_INPUT":
    case "UNAUTHENTICATED":
    case "TOO_MANY_REQUESTS":
    case "INVALID_TRANSITION":
      return failure.apiMessage ?? m[failure.code];
    case "FORBIDDEN":
    case "NOT_FOUND":
    case "CONFLICT":
    case "INTERNAL_SERVER_ERROR":
      return m[failure.code];
  }
}
