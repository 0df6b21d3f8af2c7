import { randomUUID } from "node:crypto";
import {
  Check,
  Collection,
  Entity,
  ManyToMany,
  PrimaryKey,
  Property,
  OptionalProps,
} from "@mikro-orm/core";
import { AGENT_ROLES, type AgentRole } from "../auth/permissions";
import { Caisse } from "../caisses/caisse.entity";
import { isEmailAddress } from "../shared/email-address";

const ROLE_LIST = AGENT_ROLES.map((role) => `'${role}'`).join(", ");

/** A person of a caisse (or of the national level) who signs in to the agent portal. */
@Entity({ tableName: "agent" })
@Check({ name: "agent_email_normalised", expression: "email = lower(btrim(email))" })
@Check({ name: "agent_roles_known", expression: `roles <@ array[${ROLE_LIST}]::text[]` })
export class Agent {
  // Columns with a default: optional in em.create().
  [OptionalProps]?: "active" | "version" | "createdAt" | "updatedAt";

  @PrimaryKey({ type: "uuid" })
  id: string = randomUUID();

  /** Stored trimmed and lower-cased, so the unique constraint is case-insensitive. */
  @Property({ type: "string", length: 254, unique: true })
  email!: string;

  /** Null for accounts made before names were asked (command-line tool, early demo data). */
  @Property({ type: "string", length: 70, nullable: true })
  firstName: string | null = null;

  @Property({ type: "string", length: 70, nullable: true })
  lastName: string | null = null;

  /** argon2id (PHC string). Null until the agent follows a set-password link. */
  @Property({ type: "text", nullable: true, hidden: true })
  passwordHash: string | null = null;

  @Property({ type: "text[]" })
  roles: AgentRole[] = [];

  @ManyToMany({
    entity: () => Caisse,
    owner: true,
    pivotTable: "agent_caisse",
    joinColumn: "agent_id",
    inverseJoinColumn: "caisse_id",
  })
  caisses = new Collection<Caisse>(this);

  /** An inactive agent cannot sign in and its sessions stop working at once. */
  @Property({ type: "boolean", default: true })
  active = true;

  /**
   * Raised by every change an administrator makes (names, roles, caisses, activation), so that
   * an edit made from a stale form is refused instead of silently undoing another one. Plain
   * column, not MikroORM's version: a sign-in or a new password is not such a change.
   */
  @Property({ type: "integer", default: 1 })
  version = 1;

  @Property({ type: "timestamptz", nullable: true })
  lastLoginAt: Date | null = null;

  @Property({ type: "timestamptz", defaultRaw: "now()" })
  createdAt: Date = new Date();

  @Property({ type: "timestamptz", defaultRaw: "now()", onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** The form in which e-mails are stored and compared. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The normalised e-mail, or null when it cannot be an address (or exceeds the column). */
export function parseAgentEmail(raw: string): string | null {
  const email = normaliseEmail(raw);
  // The real check is that the agent receives the invitation there.
  return isEmailAddress(email) ? email : null;
}
