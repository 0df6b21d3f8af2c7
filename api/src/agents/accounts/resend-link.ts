import type { GraphQLContext } from "../../graphql/context";
import { InvalidTransitionError } from "../../graphql/errors";
import { PasswordTokenPurpose } from "../password-token.entity";
import { issueSetPasswordLink, sendSetPasswordLink } from "../set-password-link";
import { adminOf, changeAccount } from "./account-access";
import { accountsMessages as m } from "./messages";

/**
 * An administrator sends an agent a new set-password link, which supersedes the earlier ones:
 * an invitation (three days) while the agent has never chosen a password, else a reset link
 * (one hour). Link and e-mail commit together.
 */
export async function resendSetPasswordLink(ctx: GraphQLContext, id: string): Promise<boolean> {
  let purpose = PasswordTokenPurpose.INVITATION;
  const agent = await changeAccount(ctx, id, async ({ tx, agent, now }) => {
    if (!agent.active) throw new InvalidTransitionError(m.inactive);

    if (agent.passwordHash !== null) purpose = PasswordTokenPurpose.RESET;
    const link = await issueSetPasswordLink(tx, agent, purpose, ctx.config, now);
    sendSetPasswordLink(tx, agent, link, purpose);
  });
  ctx.logger.info(
    { agentId: agent.id, byAgentId: adminOf(ctx).agentId, purpose },
    "set-password link sent by an administrator",
  );
  return true;
}
