import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { describeProtocolError } from "./protocol-errors";
import { describeVariableError } from "./variable-errors";

/**
 * The closed vocabulary of `extensions.code` (see the API contract). Domain code throws
 * the exceptions below; `formatError` translates them once, at the edge, and masks every
 * other error behind INTERNAL_SERVER_ERROR with the request id.
 */
export type ErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "BAD_USER_INPUT"
  | "NOT_FOUND"
  | "CONFLICT"
  | "INVALID_TRANSITION"
  | "TOO_MANY_REQUESTS"
  | "INTERNAL_SERVER_ERROR";

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "DomainError";
  }
}

/** A refused input. `field` is the dotted path of the input field ("patient.nir"). */
export class InputError extends DomainError {
  constructor(
    readonly field: string,
    message: string,
    extra: Record<string, unknown> = {},
  ) {
    super("BAD_USER_INPUT", message, { field, ...extra });
  }
}

export class NotFoundError extends DomainError {
  constructor(message = "Élément introuvable.") {
    super("NOT_FOUND", message);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = "Vous devez vous identifier.") {
    super("UNAUTHENTICATED", message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = "Vous n’avez pas les droits nécessaires pour cette action.") {
    super("FORBIDDEN", message);
  }
}

export class ConflictError extends DomainError {
  constructor(
    message = "Cette demande a été modifiée entre-temps. Rechargez-la puis recommencez.",
  ) {
    super("CONFLICT", message);
  }
}

export class InvalidTransitionError extends DomainError {
  constructor(message: string) {
    super("INVALID_TRANSITION", message);
  }
}

export class TooManyRequestsError extends DomainError {
  constructor(
    message = "Trop de tentatives. Patientez quelques minutes avant de réessayer.",
    retryAfterSeconds?: number,
  ) {
    super("TOO_MANY_REQUESTS", message, retryAfterSeconds ? { retryAfterSeconds } : {});
  }
}

const INTERNAL_MESSAGE = "Une erreur interne est survenue. Réessayez dans quelques instants.";

// Apollo and graphql-js codes for requests that are malformed: the caller's fault.
const CALLER_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

/**
 * The domain refusal behind an error: thrown by a resolver, or by a check of the whole request
 * before any resolver (a plugin's GraphQLError carrying it, see unstorable-text.ts).
 */
function domainErrorOf(original: unknown): DomainError | null {
  if (original instanceof DomainError) return original;
  if (original instanceof GraphQLError && original.originalError instanceof DomainError) {
    return original.originalError;
  }
  return null;
}

/** True when an error is neither a domain refusal nor a malformed request: a bug. */
export function isInternalError(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (domainErrorOf(original)) return false;
  if (original instanceof GraphQLError) {
    const code = original.extensions?.code;
    if (typeof code === "string" && CALLER_CODES.has(code)) return false;
    // Raised by graphql-armor or the validator for a request that breaks limits.
    if (original.originalError === undefined && original.path === undefined) return false;
  }
  return true;
}

/** Apollo's `formatError`: domain errors keep their code, the rest is masked. */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const domain = domainErrorOf(unwrapResolverError(error));
  if (domain) {
    return {
      message: domain.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: domain.code, ...domain.extra },
    };
  }
  if (!isInternalError(error)) {
    const code = formatted.extensions?.code;
    const reason = typeof code === "string" ? code : undefined;
    const variable = describeVariableError(formatted.message);
    const protocol = variable ? null : describeProtocolError(formatted.message, reason);
    return {
      message: variable?.message ?? protocol?.message ?? formatted.message,
      locations: formatted.locations,
      extensions: {
        code: "BAD_USER_INPUT",
        ...(reason ? { reason } : {}),
        ...(variable ? { field: variable.field } : {}),
        ...(protocol ? { detail: protocol.detail } : {}),
      },
    };
  }
  return {
    message: INTERNAL_MESSAGE,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: "INTERNAL_SERVER_ERROR" },
  };
}
