import type { MikroORM } from "@mikro-orm/postgresql";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import type { Config } from "../config/config";
import { TooManyRequestsError } from "../graphql/errors";

/** The anonymous actions that cost the platform something (SPEC 8: rate limits). */
export type RateLimitedAction = "draft" | "submission" | "upload";

export interface RateLimits {
  /** Counts one `action` for `client` (an IP address); throws TooManyRequestsError past it. */
  consume(action: RateLimitedAction, client: string): Promise<void>;
}

const HOUR_SECONDS = 3600;

/** Limits per client and hour, counted in PostgreSQL so that all API processes share them. */
export function createRateLimits(orm: MikroORM, config: Config): RateLimits {
  const limiter = (action: RateLimitedAction, points: number) =>
    new RateLimiterPostgres({
      storeClient: orm.em.getKnex(),
      storeType: "knex",
      tableName: "rate_limit",
      tableCreated: true,
      clearExpiredByTimeout: false,
      keyPrefix: action,
      points,
      duration: HOUR_SECONDS,
    });
  const limiters: Record<RateLimitedAction, RateLimiterPostgres> = {
    draft: limiter("draft", config.RATE_LIMIT_DRAFTS_PER_HOUR),
    submission: limiter("submission", config.RATE_LIMIT_SUBMISSIONS_PER_HOUR),
    upload: limiter("upload", config.RATE_LIMIT_UPLOADS_PER_HOUR),
  };
  return {
    async consume(action, client) {
      try {
        await limiters[action].consume(client);
      } catch (rejection) {
        // The library rejects with a RateLimiterRes when the limit is reached, and with
        // the store's error otherwise.
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        throw new TooManyRequestsError(undefined, Math.ceil(rejection.msBeforeNext / 1000));
      }
    },
  };
}

/** Deletes counters whose window has ended (run periodically). */
export async function clearExpiredRateLimits(orm: MikroORM): Promise<boolean> {
  await orm.em.fork().execute("delete from rate_limit where expire < ?", [Date.now()]);
  return false;
}
