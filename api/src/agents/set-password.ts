import type { GraphQLContext } from "../graphql/context";
import { InputError } from "../graphql/errors";
import { Agent } from "./agent.entity";
import { messages } from "./messages";
import { PasswordToken } from "./password-token.entity";
import { hashPassword, passwordProblem } from "./passwords";
import { hashSecretToken } from "./secret-tokens";
import { closeAllSessions } from "./sessions";

/**
 * Sets an agent's password from a set-password link. The link works once; every open session
 * of the agent is closed, since whoever knew the old password may be the reason for the reset.
 */
export async function setPassword(
  ctx: GraphQLContext,
  token: string,
  password: string,
): Promise<boolean> {
  const { em } = ctx;
  const now = ctx.now();
  const link = await em.findOne(
    PasswordToken,
    { tokenHash: hashSecretToken(token), usedAt: null, expiresAt: { $gt: now } },
    { populate: ["agent"] },
  );
  if (!link || !link.agent.active) throw new InputError("token", messages.linkInvalid);

  const problem = passwordProblem(password, link.agent.email);
  if (problem) throw new InputError("password", problem);
  const passwordHash = await hashPassword(password);

  await em.transactional(async (tx) => {
    // Conditional on used_at: of two concurrent uses of one link, only one wins.
    const claimed = await tx.nativeUpdate(
      PasswordToken,
      { id: link.id, usedAt: null },
      { usedAt: now },
    );
    if (claimed !== 1) throw new InputError("token", messages.linkInvalid);
    await tx.nativeUpdate(Agent, { id: link.agent.id }, { passwordHash });
    await closeAllSessions(tx, link.agent.id);
  });
  ctx.logger.info({ agentId: link.agent.id }, "agent password set");
  return true;
}
