import { randomUUID } from "node:crypto";
import { Entity, Index, PrimaryKey, Property, OptionalProps } from "@mikro-orm/core";

/**
 * An e-mail to send, written in the same transaction as the change it reports (transactional
 * outbox): rolled-back changes send nothing, and an SMTP outage loses nothing.
 */
@Entity({ tableName: "outbox_email" })
// The worker's queue: only e-mails still to send, by due time.
@Index({
  name: "outbox_email_due_index",
  expression:
    'create index "outbox_email_due_index" on "outbox_email" ("next_attempt_at") ' +
    'where "sent_at" is null and "failed_at" is null',
})
export class OutboxEmail {
  [OptionalProps]?: "attempts" | "nextAttemptAt" | "createdAt" | "claimId" | "replyTo";

  @PrimaryKey({ type: "uuid" })
  id: string = randomUUID();

  /** Template name, for statistics and logs (never the content). */
  @Property({ type: "string", length: 40 })
  kind!: string;

  @Property({ type: "uuid", nullable: true, index: true })
  claimId: string | null = null;

  @Property({ type: "string", length: 254 })
  recipient!: string;

  @Property({ type: "string", length: 254, nullable: true })
  replyTo: string | null = null;

  @Property({ type: "string", length: 200 })
  subject!: string;

  @Property({ type: "text" })
  body!: string;

  @Property({ type: "smallint", default: 0 })
  attempts = 0;

  @Property({ type: "timestamptz", defaultRaw: "now()" })
  nextAttemptAt: Date = new Date();

  /** Technical reason of the last failure (an error code, never the message content). */
  @Property({ type: "string", length: 200, nullable: true })
  lastError: string | null = null;

  @Property({ type: "timestamptz", nullable: true })
  sentAt: Date | null = null;

  /** Set when the worker gave up after its last attempt. */
  @Property({ type: "timestamptz", nullable: true })
  failedAt: Date | null = null;

  @Property({ type: "timestamptz", defaultRaw: "now()" })
  createdAt: Date = new Date();
}
