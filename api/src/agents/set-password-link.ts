import type { EntityManager } from "@mikro-orm/postgresql";
import type { Config } from "../config/config";
import { enqueueEmail } from "../notifications/enqueue-email";
import { setPasswordEmail } from "../notifications/templates";
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
 * Queues the set-password e-mail in the outbox, in the caller's unit of work: issue the link
 * and send it in one transaction, so that a rolled-back link is never mailed. The link (a
 * secret) lives in the outbox row until the worker sends it; it is never logged.
 */
export function sendSetPasswordLink(
  em: EntityManager,
  agent: Agent,
  link: string,
  purpose: PasswordTokenPurpose,
): void {
  enqueueEmail(em, {
    kind: purpose === PasswordTokenPurpose.INVITATION ? "AGENT_INVITATION" : "PASSWORD_RESET",
    claimId: null,
    recipient: agent.email,
    replyTo: null,
    ...setPasswordEmail({ link, invitation: purpose === PasswordTokenPurpose.INVITATION }),
  });
}
