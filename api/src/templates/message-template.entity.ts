import { randomUUID } from "node:crypto";
import {
  Entity,
  Enum,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
  OptionalProps,
} from "@mikro-orm/core";
import { Caisse } from "../caisses/caisse.entity";

export enum MessageTemplateKind {
  REJECTION = "REJECTION",
  CONTACT = "CONTACT",
}

/**
 * A message an agent starts from to reject a claim or contact a patient (SPEC 4.1). Subject
 * and body hold `{{placeholder}}` marks filled at sending time. Templates are deactivated,
 * never deleted, so that past events keep pointing at the text that was used.
 */
@Entity({ tableName: "message_template" })
@Unique({
  name: "message_template_scope_name_unique",
  // One name per caisse, and once among national templates (caisse null), whatever the case.
  expression:
    'create unique index "message_template_scope_name_unique" on "message_template" ' +
    '(coalesce("caisse_id", \'00000000-0000-0000-0000-000000000000\'::uuid), lower("name"))',
})
export class MessageTemplate {
  // Columns with a default: optional in em.create().
  [OptionalProps]?: "active" | "usageCount" | "createdAt" | "updatedAt";

  @PrimaryKey({ type: "uuid" })
  id: string = randomUUID();

  /** Null: a national template, offered to every caisse. */
  @ManyToOne(() => Caisse, { nullable: true, deleteRule: "restrict" })
  caisse: Caisse | null = null;

  @Property({ type: "string", length: 120 })
  name!: string;

  @Enum({ items: () => MessageTemplateKind })
  kind!: MessageTemplateKind;

  @Property({ type: "string", length: 200 })
  subject!: string;

  @Property({ type: "text" })
  body!: string;

  @Property({ type: "boolean", default: true })
  active = true;

  /** Messages sent from this template; raised by the claim actions. */
  @Property({ type: "integer", default: 0 })
  usageCount = 0;

  @Property({ type: "timestamptz", defaultRaw: "now()" })
  createdAt: Date = new Date();

  @Property({ type: "timestamptz", defaultRaw: "now()", onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
