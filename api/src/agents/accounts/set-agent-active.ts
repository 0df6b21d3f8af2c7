import type { GraphQLContext } from "../../graphql/context";
import { ForbiddenError } from "../../graphql/errors";
import type { Agent } from "../agent.entity";
import { PasswordToken } from "../password-token.entity";
import { closeAllSessions } from "../sessions";
import { adminOf, changeAccount } from "./account-access";
import { accountsMessages as m } from "./messages";

/**
 * Deactivates (or reactivates) an account; accounts are never deleted, since claims and their
 * events name the agent who acted. Deactivation ends every session of the agent at once and
 * spends their unused set-password links, so that reactivating the account later does not
 * revive an old link. Changing an account to the state it is in changes nothing.
 */
export async function setAgentActive(
  ctx: GraphQLContext,
  id: string,
  active: boolean,
): Promise<Agent> {
  const agent = await changeAccount(ctx, id, async ({ tx, agent, admin, now }) => {
    if (!active && agent.id === admin.agentId) throw new ForbiddenError(m.selfDeactivation);
    if (agent.active === active) return;

    agent.active = active;
    agent.version += 1;
    if (!active) {
      await closeAllSessions(tx, agent.id);
      await tx.nativeUpdate(PasswordToken, { agent: agent.id, usedAt: null }, { usedAt: now });
    }
  });
  ctx.logger.info(
    { agentId: agent.id, byAgentId: adminOf(ctx).agentId, active },
    "agent account activation changed",
  );
  return agent;
}
