import type { EntityManager } from "@mikro-orm/postgresql";
import type { Request, Response } from "express";
import type { Config } from "../config/config";
import type { RateLimitedAction } from "../http/rate-limits";
import type { Logger } from "../logging/logger";

/**
 * Who is calling. Features extend the union as they add credentials (agent session,
 * draft token, partner key); resolvers switch over `kind` exhaustively.
 */
export type Principal = { kind: "anonymous" };

/** Per-request context: one EntityManager fork, one logger child, one principal. */
export interface GraphQLContext {
  requestId: string;
  em: EntityManager;
  logger: Logger;
  config: Config;
  principal: Principal;
  /**
   * The raw "Authorization: Bearer" credential, if any. Only the operation that owns the
   * resource checks it (a claim draft's token for submitClaim), so it is not a principal.
   */
  bearerToken?: string;
  /** Counts an action against the caller's hourly limit; throws TOO_MANY_REQUESTS past it. */
  consumeRateLimit: (action: RateLimitedAction) => Promise<void>;
  /** The clock, injectable so that date rules can be tested at a frozen instant. */
  now: () => Date;
  req?: Request;
  res?: Response;
}
