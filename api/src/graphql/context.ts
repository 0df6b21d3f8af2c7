import type { EntityManager } from "@mikro-orm/postgresql";
import type { Request, Response } from "express";
import type { AgentRole } from "../auth/permissions";
import type { Config } from "../config/config";
import type { RateLimitedAction } from "../rate-limits/rate-limits";
import type { Logger } from "../logging/logger";

export interface AnonymousPrincipal {
  kind: "anonymous";
}

/** An agent with a live session. Roles and caisses are read from the database per request. */
export interface AgentPrincipal {
  kind: "agent";
  agentId: string;
  roles: readonly AgentRole[];
  caisseIds: readonly string[];
}

/**
 * Who is calling. Features extend the union as they add credentials (draft token, partner
 * key); code switches over `kind` exhaustively.
 */
export type Principal = AnonymousPrincipal | AgentPrincipal;

export const ANONYMOUS: AnonymousPrincipal = Object.freeze({ kind: "anonymous" });

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
