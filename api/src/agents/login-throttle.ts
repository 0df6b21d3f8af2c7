import type { EntityManager } from "@mikro-orm/postgresql";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import type { Config } from "../config/config";
import { hashSecretToken } from "./secret-tokens";

/**
 * Counts failed sign-ins per account and per client address in PostgreSQL, so that every
 * API process shares the counters. A key past its limit is refused for the rest of the window
 * (the "login endpoint protection" pattern of rate-limiter-flexible).
 */
export interface LoginThrottle {
  /** Seconds to wait when either counter is exhausted, else null. */
  blockedFor(email: string, address: string): Promise<number | null>;
  recordFailure(email: string, address: string): Promise<void>;
  /** A successful sign-in clears the account's counter, not the address's. */
  recordSuccess(email: string): Promise<void>;
}

// One pair of limiters per database connection pool (one per running API in tests).
const throttles = new WeakMap<object, LoginThrottle>();

export function loginThrottle(em: EntityManager, config: Config): LoginThrottle {
  const knex = em.getConnection().getKnex();
  let throttle = throttles.get(knex);
  if (!throttle) {
    throttle = createThrottle(knex, config);
    throttles.set(knex, throttle);
  }
  return throttle;
}

function createThrottle(knex: object, config: Config): LoginThrottle {
  const window = config.LOGIN_WINDOW_MINUTES * 60;
  const limiter = (keyPrefix: string, points: number) =>
    new RateLimiterPostgres({
      storeClient: knex,
      storeType: "knex",
      tableName: "rate_limit",
      tableCreated: true, // by the migrations
      keyPrefix,
      points,
      duration: window,
    });
  const perAccount = limiter("login-account", config.LOGIN_MAX_FAILURES_PER_ACCOUNT);
  const perAddress = limiter("login-address", config.LOGIN_MAX_FAILURES_PER_ADDRESS);
  // The stored key must not be an e-mail address (personal data): store its hash.
  const accountKey = (email: string) => hashSecretToken(email);

  return {
    async blockedFor(email, address) {
      const [account, client] = await Promise.all([
        perAccount.get(accountKey(email)),
        perAddress.get(address),
      ]);
      const waits = [
        exhausted(account, perAccount.points),
        exhausted(client, perAddress.points),
      ].filter((w): w is number => w !== null);
      return waits.length > 0 ? Math.max(...waits) : null;
    },
    async recordFailure(email, address) {
      await Promise.all([perAccount.penalty(accountKey(email)), perAddress.penalty(address)]);
    },
    async recordSuccess(email) {
      await perAccount.delete(accountKey(email));
    },
  };
}

function exhausted(res: RateLimiterRes | null, points: number): number | null {
  if (!res || res.consumedPoints < points) return null;
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
}
