import { LocalDate } from "@js-joda/core";

/**
 * The last calendar day on which a trip may still be claimed.
 *
 * Code de la sécurité sociale, art. L332-1: the action of the insured for the payment of
 * benefits is barred two years after the first day of the quarter following the care. The
 * claim is therefore accepted until the day before that second anniversary.
 */
export function lastClaimableDate(trip: LocalDate): LocalDate {
  const quarterStartMonth = Math.floor((trip.monthValue() - 1) / 3) * 3 + 1;
  const nextQuarter = LocalDate.of(trip.year(), quarterStartMonth, 1).plusMonths(3);
  return nextQuarter.plusYears(2).minusDays(1);
}

export function isStillClaimable(trip: LocalDate, today: LocalDate): boolean {
  return !today.isAfter(lastClaimableDate(trip));
}
