import path from "node:path";
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

// Runtime data (uploads, development e-mails) lives in the git-ignored `.data/` folder of the
// repository by default: api/src/config and api/dist/config are both three levels below it.
const DATA_DIR = path.resolve(__dirname, "../../../.data");

const positiveInt = z.coerce.number().int().min(1);

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

  /** Folder of uploaded documents when no S3 bucket is configured. */
  STORAGE_DIR: z.string().min(1).default(path.join(DATA_DIR, "uploads")),
  /**
   * Uploads are written here while they are checked, then moved to STORAGE_DIR: keep both on
   * one file system so that the move is a rename rather than a copy.
   */
  UPLOAD_TMP_DIR: z.string().min(1).default(path.join(DATA_DIR, "tmp")),
  /** Set S3_BUCKET (and the keys) to keep documents in an S3-compatible store instead. */
  S3_BUCKET: z.string().min(3).optional(),
  S3_ENDPOINT: z.url({ message: "must be a URL" }).optional(),
  S3_REGION: z.string().min(1).default("us-east-1"),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: booleanFlag.default(true),
  /** Hours a claim draft (and its uploads) lives before it must be submitted. */
  DRAFT_TTL_HOURS: positiveInt.max(24 * 7).default(24),
  /** Days the personal follow-up link of a claim stays valid. */
  PERSONAL_LINK_TTL_DAYS: positiveInt.max(3650).default(365),
  /** Milliseconds between two purges of stale drafts and their documents. */
  PURGE_INTERVAL_MS: positiveInt.default(60 * 60 * 1000),

  /** smtp:// or smtps:// URL of the mail relay. Unset: e-mails are written to OUTBOX_DIR. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")
    .optional(),
  MAIL_FROM: z
    .string()
    .min(3)
    .default("Mes remboursements simplifiés <ne-pas-repondre@remboursements.example.org>"),
  /** Development: where e-mails are written as .eml files when SMTP_URL is unset. */
  OUTBOX_DIR: z.string().min(1).default(path.join(DATA_DIR, "outbox")),
  /** false: this process runs no background job (e-mails, purges); another one does. */
  BACKGROUND_JOBS: booleanFlag.default(true),
  OUTBOX_POLL_MS: positiveInt.default(2_000),
  /** First retry delay; doubled on each failure, at most one hour. */
  OUTBOX_RETRY_BASE_MS: positiveInt.default(30_000),
  OUTBOX_MAX_ATTEMPTS: positiveInt.max(50).default(12),

  // Per client IP address and hour (SPEC 8). A claim needs one draft, a few submission
  // attempts and up to 20 documents; the margins allow shared addresses (hospitals).
  RATE_LIMIT_DRAFTS_PER_HOUR: positiveInt.default(60),
  RATE_LIMIT_SUBMISSIONS_PER_HOUR: positiveInt.default(120),
  RATE_LIMIT_UPLOADS_PER_HOUR: positiveInt.default(600),
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
  const s3 = result.data;
  if (s3.S3_BUCKET && !(s3.S3_ENDPOINT && s3.S3_ACCESS_KEY_ID && s3.S3_SECRET_ACCESS_KEY)) {
    throw new ConfigError([
      "S3_BUCKET needs S3_ENDPOINT, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY",
    ]);
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
