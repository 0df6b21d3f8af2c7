import { z } from "zod";

/**
 * The whole configuration of the API, parsed once from the environment.
 * Code reads the parsed object, never `process.env`, so a wrong variable is
 * reported at start-up with its name instead of failing later.
 */
const port = z.coerce
  .number({ message: "must be a port number (0-65535)" })
  .int("must be a whole number")
  .min(0, "must be between 0 and 65535 (0: any free port)")
  .max(65535, "must be between 0 and 65535 (0: any free port)");

const booleanFlag = z
  .enum(["true", "false", "1", "0"], { message: "must be true or false" })
  .transform((v) => v === "true" || v === "1");

export const configSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: port.default(4000),
  /** Unset: the dev launcher provides an embedded PostgreSQL and sets it. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")
    .optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Public URL of the patient site, used in the links sent by e-mail. */
  PATIENT_APP_URL: z.url({ message: "must be a URL" }).default("http://localhost:3000"),
  /** Public URL of the agent portal. */
  AGENT_APP_URL: z.url({ message: "must be a URL" }).default("http://localhost:3001"),
  /** Allowed browser origins for cross-origin calls (comma separated). */
  CORS_ORIGINS: z
    .string()
    .default("")
    .transform((v) =>
      v
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  /** Seed demo data (development only; refused in production). */
  SEED_DEMO: booleanFlag.optional(),
  /** Agent sessions end this long after sign-in, whatever the activity. */
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24).default(10),
  /** Agent sessions end after this long without any request. */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(1440).default(30),
  /** Failed sign-ins allowed per account, then per client address, in LOGIN_WINDOW_MINUTES. */
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).default(30),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

export function parseConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = configSchema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => {
        const name = issue.path.join(".");
        const value = env[name];
        const shown = value === undefined ? "unset" : JSON.stringify(value);
        return `${name} ${issue.message} (got ${shown})`;
      }),
    );
  }
  if (result.data.NODE_ENV === "production" && result.data.SEED_DEMO) {
    throw new ConfigError(["SEED_DEMO must not be set in production"]);
  }
  return result.data;
}

/** Demo data is seeded when asked, and by default in development; never in production. */
export function demoSeedEnabled(config: Config): boolean {
  if (config.NODE_ENV === "production") return false;
  return config.SEED_DEMO ?? config.NODE_ENV === "development";
}
