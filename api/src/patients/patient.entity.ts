import { randomUUID } from "node:crypto";
import { Entity, Index, PrimaryKey, Property, Unique, OptionalProps } from "@mikro-orm/core";

/**
 * The person transported. One row per NIR + birth date + first name (case and accents
 * ignored through `firstNameKey`): twins share the first two and stay two patients.
 */
@Entity({ tableName: "patient" })
@Unique({ properties: ["nir", "birthDate", "firstNameKey"] })
@Index({ properties: ["email"] })
// Agents search by e-mail whatever its case, and by the beginning of the last name, case and
// accents ignored.
@Index({
  name: "patient_email_lower_index",
  expression: 'create index "patient_email_lower_index" on "patient" (lower("email"))',
})
@Index({
  name: "patient_last_name_key_index",
  expression:
    'create index "patient_last_name_key_index" on "patient" ("last_name_key" varchar_pattern_ops)',
})
export class Patient {
  [OptionalProps]?: "createdAt" | "updatedAt" | "phone" | "lastNameKey";

  @PrimaryKey({ type: "uuid" })
  id: string = randomUUID();

  /** The 13 characters, upper case ("2A"/"2B" for Corsica). */
  @Property({ type: "string", length: 13 })
  nir!: string;

  @Property({ type: "string", length: 2 })
  nirKey!: string;

  @Property({ type: "date" })
  birthDate!: string;

  @Property({ type: "string", length: 70 })
  firstName!: string;

  @Property({ type: "string", length: 70 })
  firstNameKey!: string;

  @Property({ type: "string", length: 70 })
  lastName!: string;

  /** `nameKey(lastName)`: what the agents' search matches a typed prefix against. */
  @Property({ type: "string", length: 70, default: "" })
  lastNameKey!: string;

  @Property({ type: "string", length: 254 })
  email!: string;

  /** International form, "+33612345678". */
  @Property({ type: "string", length: 16, nullable: true })
  phone: string | null = null;

  @Property({ type: "timestamptz", defaultRaw: "now()" })
  createdAt: Date = new Date();

  @Property({ type: "timestamptz", defaultRaw: "now()", onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
