/**
 * Tariff of the indicative estimate (SPEC 4.6). Kept as data passed to the computation, so that
 * a new rate is a new value, not a new formula.
 */
export interface EstimateTariff {
  /** Per kilometre, whatever the car: 0,30 € (arrêté of 30 March 2015). */
  kmRateCents: number;
  /** General coverage rate, in percent: 55 % since 1 August 2023. */
  generalRatePercent: number;
  /** Full coverage (long-term condition, work accident, maternity…). */
  fullRatePercent: number;
}

export const CURRENT_TARIFF: EstimateTariff = {
  kmRateCents: 30,
  generalRatePercent: 55,
  fullRatePercent: 100,
};

export interface EstimateExpenses {
  distanceKm: number;
  tollsCents: number;
  parkingCents: number;
  publicTransportCents: number;
}

export interface Estimate {
  baseCents: number;
  generalRateCents: number;
  fullRateCents: number;
}

/**
 * Reimbursement base = km × rate + tolls + parking + public transport, then the amount paid at
 * each coverage rate. Everything stays in integer cents; the only rounding (half up) happens
 * once, on the final amounts. No medical deductible applies to these modes of transport.
 */
export function estimateReimbursement(
  expenses: EstimateExpenses,
  tariff: EstimateTariff = CURRENT_TARIFF,
): Estimate {
  const baseCents =
    expenses.distanceKm * tariff.kmRateCents +
    expenses.tollsCents +
    expenses.parkingCents +
    expenses.publicTransportCents;
  const atRate = (percent: number) => Math.floor((baseCents * percent + 50) / 100);
  return {
    baseCents,
    generalRateCents: atRate(tariff.generalRatePercent),
    fullRateCents: atRate(tariff.fullRatePercent),
  };
}
