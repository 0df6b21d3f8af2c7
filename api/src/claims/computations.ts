import { LocalDate } from "@js-joda/core";
import { PARIS } from "../shared/local-date";

/**
 * The amounts an agent reads on a claim (SPEC 4.6). Pure functions over integer cents; the
 * tariffs are dated data, picked by the date of the first trip, so that a new arrêté adds a
 * row instead of changing a formula.
 */
export interface Tariff {
  /** First day the tariff applies (Paris calendar date). */
  validFrom: string;
  /** Own-vehicle allowance per km, in hundredths of a cent (0.30 € = 3 000). */
  vehiclePerKm: number;
  /** Taxi reference: per km and per leg (pick-up charge), in hundredths of a cent. */
  taxiPerKm: number;
  taxiPerLeg: number;
  /** Discount applied to the taxi reference, in percent. */
  taxiRatePercent: number;
  /** Coverage rate of the general case, in percent. */
  generalRatePercent: number;
}

// Own vehicle: single rate per km whatever the car (arrêté of 30 March 2015). Coverage in the
// general case: 55 % since 1 August 2023, 65 % before. Taxi reference: the formula of SPEC 4.6,
// used only to measure what a shift from taxi to own vehicle saves.
export const TARIFFS: readonly Tariff[] = [
  {
    validFrom: "2015-04-01",
    vehiclePerKm: 3_000,
    taxiPerKm: 16_200,
    taxiPerLeg: 19_000,
    taxiRatePercent: 91,
    generalRatePercent: 65,
  },
  {
    validFrom: "2023-08-01",
    vehiclePerKm: 3_000,
    taxiPerKm: 16_200,
    taxiPerLeg: 19_000,
    taxiRatePercent: 91,
    generalRatePercent: 55,
  },
];

/** The tariff in force on a date; the oldest one for earlier dates. */
export function tariffOn(date: string, tariffs: readonly Tariff[] = TARIFFS): Tariff {
  const sorted = [...tariffs].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  const oldest = sorted[0];
  if (!oldest) throw new Error("no tariff configured");
  return sorted.filter((t) => t.validFrom <= date).at(-1) ?? oldest;
}

export interface TripLegs {
  returnDate: string | null;
}

/** Rounds a value in hundredths of a cent to whole cents, half up (values are never negative). */
function roundToCents(hundredths: number): number {
  return Math.floor((hundredths + 50) / 100);
}

/**
 * Taxi reference cost = (km × 1.62 + 1.90 × legs) × 0.91, where a round trip has two legs and
 * a one-way trip one. 100 km in 2 round trips: (162 + 7.60) × 0.91 = 154.34 €.
 */
export function taxiReferenceCents(distanceKm: number, trips: TripLegs[], tariff: Tariff): number {
  const legs = trips.reduce((sum, trip) => sum + (trip.returnDate === null ? 1 : 2), 0);
  const beforeRate = distanceKm * tariff.taxiPerKm + legs * tariff.taxiPerLeg;
  return roundToCents((beforeRate * tariff.taxiRatePercent) / 100);
}

export interface Expenses {
  distanceKm: number | null;
  tollsCents: number | null;
  parkingCents: number | null;
  publicTransportCents: number | null;
}

/** Reimbursement base = km × 0.30 € + tolls + parking + public transport, in cents. */
export function reimbursementBaseCents(expenses: Expenses, tariff: Tariff): number {
  const vehicle = roundToCents((expenses.distanceKm ?? 0) * tariff.vehiclePerKm);
  return (
    vehicle +
    (expenses.tollsCents ?? 0) +
    (expenses.parkingCents ?? 0) +
    (expenses.publicTransportCents ?? 0)
  );
}

/** Base × rate, rounded half up once, at the end: 5 440 cents at 55 % → 2 992. */
export function amountAtRate(baseCents: number, ratePercent: number): number {
  return roundToCents(baseCents * ratePercent);
}

/**
 * What the shift from taxi to own vehicle saved: taxi reference − payment base, only for a
 * shifted patient who drove and whose payment base is known.
 */
export function savingCents(input: {
  shift: boolean | null;
  usesVehicle: boolean;
  taxiReferenceCents: number | null;
  paymentBaseCents: number | null;
}): number | null {
  if (!input.shift || !input.usesVehicle) return null;
  if (input.taxiReferenceCents === null || input.paymentBaseCents === null) return null;
  return input.taxiReferenceCents - input.paymentBaseCents;
}

/** Days, with two decimals, from submission to the mandate date at 00:00 in Paris. */
export function paymentDelayDays(submittedAt: Date, mandateDate: string | null): number | null {
  if (mandateDate === null) return null;
  const midnight = LocalDate.parse(mandateDate).atStartOfDay(PARIS);
  const ms = midnight.toInstant().toEpochMilli() - submittedAt.getTime();
  return Math.round(ms / 864_000) / 100;
}
