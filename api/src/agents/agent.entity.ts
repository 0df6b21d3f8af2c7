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

const ROLE_LIST = AGENT_ROLES.map((role) => `'${role}'`).join(", ");

/** A person of a caisse (or of the national level) who signs in to the agent portal. */
@Entity({ tableName: "agent" })
@Check({ name: "agent_email_normalised", expression: "email = lower(btrim(email))" })
@Check({ name: "agent_roles_known", expression: `roles <@ array[${ROLE_LIST}]::text[]` })
export class Agent {
  // Columns with a default: optional in em.create().
  [OptionalProps]?: "active" | "createdAt" | "updatedAt";

  @PrimaryKey({ type: "uuid" })
  id: string = randomUUID();

  /** Stored trimmed and lower-cased, so the unique constraint is case-insensitive. */
  @Property({ type: "string", length: 254, unique: true })
  email!: string;

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
