import { LockMode } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { AgentPrincipal, GraphQLContext } from "../../graphql/context";
import { NotFoundError, UnauthenticatedError } from "../../graphql/errors";
import { isUuid } from "../../shared/uuid";
import { Agent } from "../agent.entity";
import { accountScope, agentInScope, type AccountScope } from "./account-scope";
import { accountsMessages as m } from "./messages";

/** What a change to an account works with: the locked agent row, its caisses loaded. */
export interface AccountChange {
  tx: EntityManager;
  agent: Agent;
  admin: AgentPrincipal;
  scope: AccountScope;
  now: Date;
}

export function adminOf(ctx: GraphQLContext): AgentPrincipal {
  if (ctx.principal.kind !== "agent") throw new UnauthenticatedError();
  return ctx.principal;
}

/**
 * The frame of every change to an existing account, in one transaction: the agent row is
 * locked (two administrators editing one account take turns), must be within the caller's
 * scope (else NOT_FOUND, exactly as for an unknown id), then the change applies and commits
 * with whatever it queued (an e-mail) or not at all.
 */
export async function changeAccount(
  ctx: GraphQLContext,
  id: string,
  change: (scope: AccountChange) => Promise<void>,
): Promise<Agent> {
  const admin = adminOf(ctx);
  const scope = accountScope(admin);
  if (!isUuid(id)) throw new NotFoundError(m.notFound);
  return ctx.em.transactional(async (tx) => {
    // Locked alone, then its caisses: a join would lock the caisse rows too.
    const agent = await tx.findOne(Agent, id, {
      lockMode: LockMode.PESSIMISTIC_WRITE,
      refresh: true,
    });
    if (!agent) throw new NotFoundError(m.notFound);
    await tx.populate(agent, ["caisses"], { refresh: true });
    if (!agentInScope(scope, agent)) throw new NotFoundError(m.notFound);
    await change({ tx, agent, admin, scope, now: ctx.now() });
    return agent;
  });
}
