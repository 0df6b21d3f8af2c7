import type { MikroORM } from "@mikro-orm/postgresql";
import { purgeStaleDrafts } from "../attachments/purge-stale-drafts";
import type { FileStorage } from "../attachments/storage";
import { purgeClosedClaims } from "../claims/purge-closed-claims";
import type { Config } from "../config/config";
import { clearExpiredRateLimits } from "../rate-limits/rate-limits";
import type { Logger } from "../logging/logger";
import { createMailer } from "../notifications/mailer";
import { sendDueEmails } from "../notifications/outbox-worker";
import { runPeriodically } from "../shared/periodic";

export interface BackgroundJobs {
  stop(): Promise<void>;
}

/**
 * The jobs every API process runs unless BACKGROUND_JOBS is false: sending the e-mail outbox,
 * purging abandoned drafts and claims closed for longer than the retention period, clearing
 * ended rate-limit windows. Each is safe with several
 * processes (row locks or an advisory lock), so no process has to be special.
 */
export function startBackgroundJobs(deps: {
  orm: MikroORM;
  storage: FileStorage;
  config: Config;
  logger: Logger;
  now: () => Date;
}): BackgroundJobs {
  const { orm, storage, config, logger, now } = deps;
  if (!config.BACKGROUND_JOBS) return { stop: async () => undefined };
  const mailer = createMailer(config);
  const jobs = [
    runPeriodically(
      "outbox",
      config.OUTBOX_POLL_MS,
      () => sendDueEmails(orm, mailer, config, logger),
      logger,
    ),
    runPeriodically(
      "purge-stale-drafts",
      config.PURGE_INTERVAL_MS,
      () => purgeStaleDrafts(orm, storage, now(), logger),
      logger,
    ),
    runPeriodically(
      "purge-closed-claims",
      config.PURGE_INTERVAL_MS,
      () => purgeClosedClaims(orm, storage, now(), logger),
      logger,
    ),
    runPeriodically(
      "clear-rate-limits",
      config.PURGE_INTERVAL_MS,
      () => clearExpiredRateLimits(orm),
      logger,
    ),
  ];
  return {
    async stop() {
      await Promise.all(jobs.map((job) => job.stop()));
      mailer.close();
    },
  };
}
