import type { Issue } from "./validate-steps";

/** A GraphQL error as the API sends it (see the contract: code, field, issues). */
export interface ApiError {
  message: string;
  extensions?: Record<string, unknown> | null;
}

export type SubmitFailure =
  | { kind: "fields"; issues: Issue[] }
  | { kind: "expired" }
  | { kind: "rate-limited" }
  | { kind: "unavailable" };

function isIssue(value: unknown): value is Issue {
  return (
    typeof value === "object" &&
    value !== null &&
    "field" in value &&
    "message" in value &&
    typeof value.field === "string" &&
    typeof value.message === "string"
  );
}

/**
 * What a refused submission means for the form. BAD_USER_INPUT lists every problem in
 * `extensions.issues` (older answers only carry `extensions.field`): each becomes an inline
 * message. An unknown or expired draft asks for a new one; the typed values are kept.
 */
export function submitFailureOf(errors: readonly ApiError[]): SubmitFailure {
  const codes = errors.map((error) => error.extensions?.code);
  if (codes.includes("UNAUTHENTICATED")) return { kind: "expired" };
  if (codes.includes("TOO_MANY_REQUESTS")) return { kind: "rate-limited" };
  const issues: Issue[] = [];
  for (const error of errors) {
    if (error.extensions?.code !== "BAD_USER_INPUT") continue;
    const listed = error.extensions.issues;
    if (Array.isArray(listed) && listed.some(isIssue)) {
      issues.push(...listed.filter(isIssue));
    } else {
      const field = error.extensions.field;
      issues.push({ field: typeof field === "string" ? field : "", message: error.message });
    }
  }
  return issues.length > 0 ? { kind: "fields", issues } : { kind: "unavailable" };
}
