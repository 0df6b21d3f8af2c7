import { randomUUID } from "node:crypto";
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from "@mikro-orm/core";
import { Agent } from "./agent.entity";

export enum PasswordTokenPurpose {
  /** A new account: the agent chooses a first password. */
  INVITATION = "INVITATION",
  RESET = "RESET",
}

/**
 * A single-use set-password link: passwords never travel by e-mail. Only the SHA-256 of the
 * link's token is stored.
 */
@Entity({ tableName: "agent_password_token" })
export class PasswordToken {
  @PrimaryKey({ type: "uuid" })
  id: string = randomUUID();

  @Property({ type: "string", length: 64, unique: true })
  tokenHash!: string;

  @ManyToOne(() => Agent, { deleteRule: "cascade" })
  @Index({ name: "agent_password_token_agent_id_index" })
  agent!: Agent;

  @Enum({ items: () => PasswordTokenPurpose })
  purpose!: PasswordTokenPurpose;

  @Property({ type: "timestamptz" })
  createdAt!: Date;

  @Property({ type: "timestamptz" })
  expiresAt!: Date;

  /** Set when the link is used or superseded by a newer one. */
  @Property({ type: "timestamptz", nullable: true })
  usedAt: Date | null = null;
}
