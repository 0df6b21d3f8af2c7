import type { EntityManager } from "@mikro-orm/postgresql";
import type { Config } from "../config/config";
import type { AgentPrincipal } from "../graphql/context";
import { AgentSession } from "./agent-session.entity";
import type { Agent } from "./agent.entity";
import { hashSecretToken, newSecretToken } from "./secret-tokens";

// Writing last_seen_at on every request would turn each read into a write; a minute of
// imprecision on a 30-minute idle timeout does not matter.
const TOUCH_INTERVAL_MS = 60_000;

/** Opens a session and returns the token for the cookie (the only place it exists). */
export function openSession(em: EntityManager, agent: Agent, config: Config, now: Date): string {
  const token = newSecretToken();
  em.create(AgentSession, {
    tokenHash: hashSecretToken(token),
    agent,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + config.SESSION_MAX_HOURS * 3_600_000),
  });
  return token;
}

/**
 * The principal of a session token, or null when the token is unknown, expired, idle for too
 * long, or its agent was deactivated. Roles and caisses are read afresh on every request, so
 * a change by an administrator applies at once.
 */
export async function principalOfSession(
  em: EntityManager,
  token: string,
  config: Config,
  now: Date,
): Promise<AgentPrincipal | null> {
  const idleLimit = new Date(now.getTime() - config.SESSION_IDLE_MINUTES * 60_000);
  const session = await em.findOne(
    AgentSession,
    {
      tokenHash: hashSecretToken(token),
      expiresAt: { $gt: now },
      lastSeenAt: { $gt: idleLimit },
      agent: { active: true },
    },
    { populate: ["agent.caisses"] },
  );
  if (!session) return null;

  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await em.nativeUpdate(AgentSession, { id: session.id }, { lastSeenAt: now });
  }
  const { agent } = session;
  return {
    kind: "agent",
    agentId: agent.id,
    roles: [...agent.roles],
    caisseIds: agent.caisses.getItems().map((caisse) => caisse.id),
  };
}

export async function closeSession(em: EntityManager, token: string): Promise<void> {
  await em.nativeDelete(AgentSession, { tokenHash: hashSecretToken(token) });
}

/** Ends every session of an agent (its password changed). */
export async function closeAllSessions(em: EntityManager, agentId: string): Promise<void> {
  await em.nativeDelete(AgentSession, { agent: agentId });
}

/** Housekeeping at sign-in: expired sessions of this agent are useless rows. */
export async function dropExpiredSessions(
  em: EntityManager,
  agentId: string,
  now: Date,
): Promise<void> {
  await em.nativeDelete(AgentSession, { agent: agentId, expiresAt: { $lte: now } });
}
