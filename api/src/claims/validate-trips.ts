import { LocalDate } from "@js-joda/core";
import type { Issue } from "../shared/issues";
import { lastClaimableDate } from "./claim-deadline";
import { claimMessages } from "./messages";

export interface TripFields {
  outboundDate: string;
  returnDate?: string | null;
}

export interface ValidTrip {
  outboundDate: string;
  returnDate: string | null;
}

export const MAX_TRIPS = 100;

const OLDEST = LocalDate.of(1900, 1, 1);

/**
 * Trip dates are Paris calendar dates: none after today, a return not before its outbound
 * date, and every trip still within the legal claim deadline (see claim-deadline.ts).
 */
export function validateTrips(trips: TripFields[], today: LocalDate, issues: Issue[]): ValidTrip[] {
  if (trips.length === 0) issues.push({ field: "trips", message: claimMessages.tripsMissing });
  if (trips.length > MAX_TRIPS) {
    issues.push({ field: "trips", message: claimMessages.tooManyTrips(MAX_TRIPS) });
    return [];
  }
  return trips.map((trip, index) => {
    const at = (field: string, message: string) =>
      issues.push({ field: `trips.${index}.${field}`, message });
    const outbound = LocalDate.parse(trip.outboundDate);
    const back = trip.returnDate ? LocalDate.parse(trip.returnDate) : null;
    if (outbound.isAfter(today)) at("outboundDate", claimMessages.tripInFuture);
    else if (outbound.isBefore(OLDEST)) at("outboundDate", claimMessages.tripTooOld);
    else {
      const lastDay = lastClaimableDate(outbound);
      if (today.isAfter(lastDay)) {
        at("outboundDate", claimMessages.tripTooLate(outbound.toString(), lastDay.toString()));
      }
    }
    if (back?.isBefore(outbound)) at("returnDate", claimMessages.returnBeforeOutbound);
    else if (back?.isAfter(today)) at("returnDate", claimMessages.tripInFuture);
    return { outboundDate: trip.outboundDate, returnDate: back ? (trip.returnDate ?? null) : null };
  });
}
