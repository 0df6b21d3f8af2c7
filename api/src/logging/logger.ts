import pino, { type Logger } from "pino";

/**
 * JSON logs. Messages are constant strings and data goes in fields. Personal data
 * (NIR, names, e-mails, GraphQL variables, bodies, file contents) is never logged:
 * callers pass only identifiers and technical facts, and the serializers below keep
 * an allowlist of request fields.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: "api" },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { err: safeError },
    },
    destination,
  );
}

/**
 * Errors are logged without their enumerable extras: a PostgreSQL error's `detail`, for
 * one, repeats the offending row values.
 */
function safeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const { code, constraint } = error as Error & { code?: unknown; constraint?: unknown };
  // Database errors quote the failing SQL with its parameters: keep only their code.
  const fromDatabase = typeof code === "string" && /^[0-9A-Z]{5}$/.test(code);
  const message = fromDatabase ? "database error" : error.message;
  const stack = fromDatabase ? undefined : error.stack;
  return { type: error.name, message, code, constraint, stack };
}

export type { Logger };
