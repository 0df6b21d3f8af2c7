import type { EntityManager } from "@mikro-orm/postgresql";
import type { Config } from "../config/config";
import type { Logger } from "../logging/logger";
import type { Agent } from "./agent.entity";
import { PasswordToken, PasswordTokenPurpose } from "./password-token.entity";
import { hashSecretToken, newSecretToken } from "./secret-tokens";

/** How long a link stays valid: a new account has days to start, a reset is done at once. */
export const LINK_LIFETIME_MS: Record<PasswordTokenPurpose, number> = {
  [PasswordTokenPurpose.INVITATION]: 72 * 3_600_000,
  [PasswordTokenPurpose.RESET]: 3_600_000,
};

/**
 * Creates a single-use set-password link and supersedes the agent's earlier unused links. The
 * token travels in the URL fragment, which browsers send neither to servers nor in Referer
 * headers, so it cannot end up in an access log.
 */
export async function issueSetPasswordLink(
  em: EntityManager,
  agent: Agent,
  purpose: PasswordTokenPurpose,
  config: Config,
  now: Date,
): Promise<string> {
  await em.nativeUpdate(PasswordToken, { agent, usedAt: null }, { usedAt: now });
  const token = newSecretToken();
  em.create(PasswordToken, {
    tokenHash: hashSecretToken(token),
    agent,
    purpose,
    createdAt: now,
    expiresAt: new Date(now.getTime() + LINK_LIFETIME_MS[purpose]),
  });
  await em.flush();
  return `${config.AGENT_APP_URL.replace(/\/$/, "")}/mot-de-passe#jeton=${token}`;
}

/**
 * Sends the set-password e-mail. TODO(#4): write it to the transactional outbox (it arrives
 * with the claims branch), in the same transaction as the token. Until then nothing is sent and
 * nothing is written: the link is neither logged nor stored, only its hash is.
 */
export async function sendSetPasswordLink(
  agent: Agent,
  link: string,
  logger: Logger,
): Promise<void> {
  void link;
  logger.info({ agentId: agent.id }, "set-password e-mail not sent (no outbox yet)");
}
