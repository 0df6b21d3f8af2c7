/**
 * The amounts of SPEC 4.6, as pure functions over integer cents. Rates come in as parameters
 * (see tariff-book.ts): nothing here knows a date or a decree.
 */

export interface TripLegs {
  /** null for a one-way trip. */
  returnDate: string | null;
}

export interface Expenses {
  distanceKm: number;
  tollsCents: number;
  parkingCents: number;
  publicTransportCents: number;
}

export interface Rates {
  vpCentsPerKm: number;
  coverageGeneralPercent: number;
  taxiCentsPerKm: number;
  taxiCentsPerLeg: number;
  taxiRatioPercent: number;
}

/** Rounds a non-negative rational amount of cents half-up, once, at the end. */
export function roundHalfUp(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

/**
 * Reimbursement base: km × the single own-vehicle rate (arrêté du 30 mars 2015), plus tolls,
 * parking and the public-transport fare.
 */
export function reimbursementBaseCents(expenses: Expenses, rates: Rates): number {
  return (
    expenses.distanceKm * rates.vpCentsPerKm +
    expenses.tollsCents +
    expenses.parkingCents +
    expenses.publicTransportCents
  );
}

/** What the caisse pays at a coverage rate (55 % in the general case, 100 % for ALD…). */
export function paidCents(baseCents: number, coveragePercent: number): number {
  return roundHalfUp(baseCents * coveragePercent, 100);
}

/**
 * What a taxi would have cost the insurer: (km × per-km + per-leg × legs) × ratio, with two
 * legs for a round trip and one for a one-way trip.
 */
export function taxiReferenceCents(distanceKm: number, trips: TripLegs[], rates: Rates): number {
  const legs = trips.reduce((sum, trip) => sum + (trip.returnDate === null ? 1 : 2), 0);
  const beforeRatio = distanceKm * rates.taxiCentsPerKm + legs * rates.taxiCentsPerLeg;
  return roundHalfUp(beforeRatio * rates.taxiRatioPercent, 100);
}

/** The saving of a shift from taxi to own vehicle; null when it does not apply. */
export function savingCents(
  taxiCents: number,
  paymentBaseCents: number | null,
  shifted: boolean,
  usesVehicle: boolean,
): number | null {
  if (!shifted || !usesVehicle || paymentBaseCents === null) return null;
  return taxiCents - paymentBaseCents;
}

/** Days, with two decimals, from submission to the mandate date at 00:00 Paris. */
export function paymentDelayDays(submittedAt: Date, mandateMidnightParis: Date): number {
  const days = (mandateMidnightParis.getTime() - submittedAt.getTime()) / 86_400_000;
  return Math.round(days * 100) / 100;
}
