import type { EntityManager } from "@mikro-orm/postgresql";
import type { Config } from "../config/config";
import type { AgentRole } from "../auth/permissions";
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

interface SessionRow {
  id: string;
  /** A timestamptz comes unparsed from a raw statement: epoch milliseconds instead. */
  lastSeenAtMs: number;
  agentId: string;
  roles: AgentRole[];
  caisseIds: string[];
}

/**
 * The principal of a session token, or null when the token is unknown, expired, idle for too
 * long, or its agent was deactivated. Roles and caisses are read afresh on every request, so
 * a change by an administrator applies at once: one statement, since every request pays it.
 */
export async function principalOfSession(
  em: EntityManager,
  token: string,
  config: Config,
  now: Date,
): Promise<AgentPrincipal | null> {
  const idleLimit = new Date(now.getTime() - config.SESSION_IDLE_MINUTES * 60_000);
  const [session] = await em.getConnection().execute<SessionRow[]>(
    `select s.id, extract(epoch from s.last_seen_at) * 1000 as "lastSeenAtMs", a.id as "agentId",
            a.roles,
            array(select ac.caisse_id::text from agent_caisse ac
                   where ac.agent_id = a.id order by ac.caisse_id) as "caisseIds"
       from agent_session s join agent a on a.id = s.agent_id
      where s.token_hash = ? and s.expires_at > ? and s.last_seen_at > ? and a.active`,
    [hashSecretToken(token), now, idleLimit],
  );
  if (!session) return null;

  if (now.getTime() - Number(session.lastSeenAtMs) > TOUCH_INTERVAL_MS) {
    await em.nativeUpdate(AgentSession, { id: session.id }, { lastSeenAt: now });
  }
  return {
    kind: "agent",
    agentId: session.agentId,
    roles: session.roles,
    caisseIds: session.caisseIds,
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
