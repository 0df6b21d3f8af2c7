import { Entity, Index, PrimaryKey, Property } from "@mikro-orm/core";

/** The tariff parameters SPEC 4.6 relies on; each is an integer in the unit its code names. */
export type TariffCode =
  | "VP_CENTS_PER_KM"
  | "COVERAGE_GENERAL_PERCENT"
  | "TAXI_CENTS_PER_KM"
  | "TAXI_CENTS_PER_LEG"
  | "TAXI_RATIO_PERCENT";

/**
 * One value of a tariff parameter over a period. Rates change by decree: they are data with
 * validity periods, never constants in code, so a claim is computed with the rates in force
 * on its trips' dates.
 */
@Entity({ tableName: "tariff" })
@Index({ properties: ["code", "validFrom"] })
export class Tariff {
  @PrimaryKey({ type: "integer", autoincrement: true })
  id!: number;

  @Property({ type: "string", length: 40 })
  code!: TariffCode;

  /** First day (Paris calendar) the value applies. */
  @Property({ type: "date" })
  validFrom!: string;

  /** Last day it applies; null while in force. */
  @Property({ type: "date", nullable: true })
  validTo: string | null = null;

  @Property({ type: "integer" })
  value!: number;

  /** The legal text the value comes from. */
  @Property({ type: "string", length: 200 })
  source!: string;
}
