import type { EntityManager } from "@mikro-orm/postgresql";
import type { Rates } from "./computations";
import type { TariffCode } from "./tariff.entity";

const RATE_OF: Record<keyof Rates, TariffCode> = {
  vpCentsPerKm: "VP_CENTS_PER_KM",
  coverageGeneralPercent: "COVERAGE_GENERAL_PERCENT",
  taxiCentsPerKm: "TAXI_CENTS_PER_KM",
  taxiCentsPerLeg: "TAXI_CENTS_PER_LEG",
  taxiRatioPercent: "TAXI_RATIO_PERCENT",
};

/** The rates in force on a Paris calendar date ("YYYY-MM-DD"), read in one statement. */
export async function ratesAt(em: EntityManager, day: string): Promise<Rates> {
  const rows = await em.getConnection().execute<{ code: TariffCode; value: number }[]>(
    `select code, value from tariff
      where valid_from <= ? and (valid_to is null or valid_to >= ?)`,
    [day, day],
  );
  const byCode = new Map(rows.map((row) => [row.code, row.value]));
  const rates = {} as Record<keyof Rates, number>;
  for (const [key, code] of Object.entries(RATE_OF) as [keyof Rates, TariffCode][]) {
    const value = byCode.get(code);
    // A gap in the tariff table is a data error, not the caller's: fail loudly.
    if (value === undefined) throw new Error(`no tariff ${code} in force on ${day}`);
    rates[key] = value;
  }
  return rates;
}
