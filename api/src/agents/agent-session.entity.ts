import { randomUUID } from "node:crypto";
import { Entity, Index, ManyToOne, PrimaryKey, Property } from "@mikro-orm/core";
import { Agent } from "./agent.entity";

/**
 * A server-side agent session. The browser holds a random token in an httpOnly cookie; only
 * its SHA-256 is stored, so a copy of this table does not let anyone sign in.
 */
@Entity({ tableName: "agent_session" })
export class AgentSession {
  @PrimaryKey({ type: "uuid" })
  id: string = randomUUID();

  /** Hex SHA-256 of the cookie token. */
  @Property({ type: "string", length: 64, unique: true })
  tokenHash!: string;

  @ManyToOne(() => Agent, { deleteRule: "cascade" })
  @Index({ name: "agent_session_agent_id_index" })
  agent!: Agent;

  @Property({ type: "timestamptz" })
  createdAt!: Date;

  /** Last request seen; the session dies after SESSION_IDLE_MINUTES without one. */
  @Property({ type: "timestamptz" })
  lastSeenAt!: Date;

  /** Absolute end, SESSION_MAX_HOURS after sign-in. */
  @Property({ type: "timestamptz" })
  expiresAt!: Date;
}
