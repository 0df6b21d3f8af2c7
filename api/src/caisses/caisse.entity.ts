import { randomUUID } from "node:crypto";
import { Entity, PrimaryKey, Property } from "@mikro-orm/core";

/** A local health-insurance fund (CPAM). */
@Entity({ tableName: "caisse" })
export class Caisse {
  @PrimaryKey({ type: "uuid" })
  id: string = randomUUID();

  /** Three digits, zero-padded ("311"). */
  @Property({ type: "string", length: 3, unique: true })
  number!: string;

  /** Nine-character organisation code. */
  @Property({ type: "string", length: 9, unique: true })
  code!: string;

  @Property({ type: "string", length: 120 })
  name!: string;

  @Property({ type: "text[]" })
  regions: string[] = [];

  @Property({ type: "boolean", default: false })
  active = false;

  /** Mailbox that receives the caisse's mail and is the reply-to of patient e-mails. */
  @Property({ type: "string", length: 254 })
  processingEmail!: string;

  @Property({ type: "boolean", default: true })
  convocationAllowed = true;

  @Property({ type: "boolean", default: true })
  parkingAllowed = true;

  @Property({ type: "timestamptz", defaultRaw: "now()" })
  createdAt: Date = new Date();

  @Property({ type: "timestamptz", defaultRaw: "now()", onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
