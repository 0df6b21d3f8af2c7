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

interface TariffRow {
  code: TariffCode;
  validFrom: string;
  validTo: string | null;
  value: number;
}

/** Every tariff period, read once, for computing many claims with their own dates. */
export interface TariffBook {
  /** The rates in force on a Paris calendar date ("YYYY-MM-DD"). */
  ratesAt(day: string): Rates;
}

/** Reads the whole (small) tariff table in one statement. */
export async function loadTariffBook(em: EntityManager): Promise<TariffBook> {
  const rows = await em.getConnection().execute<TariffRow[]>(
    `select code, to_char(valid_from, 'YYYY-MM-DD') as "validFrom",
            to_char(valid_to, 'YYYY-MM-DD') as "validTo", value
       from tariff`,
  );
  return { ratesAt: (day) => ratesFrom(rows, day) };
}

/** The rates in force on one date. */
export async function ratesAt(em: EntityManager, day: string): Promise<Rates> {
  return (await loadTariffBook(em)).ratesAt(day);
}

function ratesFrom(rows: TariffRow[], day: string): Rates {
  const rates = {} as Record<keyof Rates, number>;
  for (const [key, code] of Object.entries(RATE_OF) as [keyof Rates, TariffCode][]) {
    const row = rows.find(
      (r) => r.code === code && r.validFrom <= day && (r.validTo === null || r.validTo >= day),
    );
    // A gap in the tariff table is a data error, not the caller's: fail loudly.
    if (!row) throw new Error(`no tariff ${code} in force on ${day}`);
    rates[key] = row.value;
  }
  return rates;
}
