import { randomUUID } from "node:crypto";
import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique, type Rel } from "@mikro-orm/core";
import { Claim } from "./claim.entity";

/** One journey to care. Dates are Paris calendar dates ("YYYY-MM-DD"). */
@Entity({ tableName: "trip" })
@Unique({ properties: ["claim", "position"] })
@Index({ properties: ["outboundDate"] })
export class Trip {
  @PrimaryKey({ type: "uuid" })
  id: string = randomUUID();

  @ManyToOne(() => Claim, { deleteRule: "cascade" })
  claim!: Rel<Claim>;

  /** Order in which the patient typed the trips, from 0. */
  @Property({ type: "smallint" })
  position!: number;

  @Property({ type: "date" })
  outboundDate!: string;

  /** Null for a one-way trip. */
  @Property({ type: "date", nullable: true })
  returnDate: string | null = null;
}
