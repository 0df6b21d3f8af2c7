import { randomUUID } from "node:crypto";
import { Entity, Index, PrimaryKey, Property, Unique, OptionalProps } from "@mikro-orm/core";

/**
 * The person transported. One row per NIR + birth date + first name (case and accents
 * ignored through `firstNameKey`): twins share the first two and stay two patients.
 */
@Entity({ tableName: "patient" })
@Unique({ properties: ["nir", "birthDate", "firstNameKey"] })
@Index({ properties: ["email"] })
export class Patient {
  [OptionalProps]?: "createdAt" | "updatedAt" | "phone";

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
