import type { GraphQLContext } from "../graphql/context";
import { Agent, normaliseEmail } from "./agent.entity";
import { PasswordToken, PasswordTokenPurpose } from "./password-token.entity";
import { issueSetPasswordLink, sendSetPasswordLink } from "./set-password-link";

// Someone hammering the form must not flood an agent's mailbox: one link per window.
const RESEND_AFTER_MS = 5 * 60_000;

/**
 * Sends a set-password link to an active agent. Always answers true, whether the address is
 * known or not, so that the form cannot be used to find out who has an account.
 */
export async function requestPasswordReset(ctx: GraphQLContext, email: string): Promise<boolean> {
  const { em, config } = ctx;
  const now = ctx.now();
  const agent = await em.findOne(Agent, { email: normaliseEmail(email), active: true });
  if (!agent) return true;

  const recent = await em.count(PasswordToken, {
    agent,
    purpose: PasswordTokenPurpose.RESET,
    usedAt: null,
    createdAt: { $gt: new Date(now.getTime() - RESEND_AFTER_MS) },
  });
  if (recent > 0) return true;

  await em.transactional(async (tx) => {
    const link = await issueSetPasswordLink(tx, agent, PasswordTokenPurpose.RESET, config, now);
    sendSetPasswordLink(tx, agent, link, PasswordTokenPurpose.RESET);
  });
  ctx.logger.info({ agentId: agent.id }, "set-password link sent");
  return true;
}
