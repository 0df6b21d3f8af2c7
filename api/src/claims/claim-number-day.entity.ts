import { Entity, PrimaryKey, Property } from "@mikro-orm/core";

/** Last sequence number given on a Paris calendar day (see claim-number.ts). */
@Entity({ tableName: "claim_number_day" })
export class ClaimNumberDay {
  @PrimaryKey({ type: "date" })
  day!: string;

  @Property({ type: "integer" })
  last!: number;
}
