import type { EntityManager } from "@mikro-orm/postgresql";
import { preparedQuery } from "../db/prepared";
import { ClaimStatus, ConflictReason } from "./claim-enums";
import type { ValidTrip } from "./validate-trips";

export interface TripConflict {
  tripIndex: number;
  date: string;
  reason: ConflictReason;
  otherClaimNumber: string | null;
}

/** Stable identity of a warning, to tell later which ones the patient fixed. */
export function conflictKey(conflict: TripConflict): string {
  return [conflict.date, conflict.reason, conflict.otherClaimNumber ?? ""].join("|");
}

/** An outbound date repeated inside the claim (flagged on the later trip). */
export function sameClaimConflicts(trips: ValidTrip[]): TripConflict[] {
  const seen = new Set<string>();
  const conflicts: TripConflict[] = [];
  trips.forEach((trip, tripIndex) => {
    if (seen.has(trip.outboundDate)) {
      conflicts.push({
        tripIndex,
        date: trip.outboundDate,
        reason: ConflictReason.SAME_CLAIM,
        otherClaimNumber: null,
      });
    }
    seen.add(trip.outboundDate);
  });
  return conflicts;
}

/**
 * Outbound dates already claimed by the same NIR + birth date in a claim being processed or
 * already paid (SPEC 4.5). Twins share both and are warned too: it is only a warning.
 */
export async function otherClaimConflicts(
  em: EntityManager,
  patient: { nir: string; birthDate: string },
  trips: ValidTrip[],
  draftId: string,
): Promise<TripConflict[]> {
  const dates = [...new Set(trips.map((trip) => trip.outboundDate))];
  if (dates.length === 0) return [];
  const rows = await preparedQuery<{ date: string; number: string; status: ClaimStatus }>(
    em,
    "trip-conflicts",
    `select distinct t.outbound_date as date, c.number, c.status, c.submitted_at
       from trip t
       join claim c on c.id = t.claim_id
       join patient p on p.id = c.patient_id
      where p.nir = ? and p.birth_date = ?::date
        and c.status = any(?::text[])
        and t.outbound_date = any(?::date[])
        -- A second submission of the same draft (double click, network retry) that read the
        -- draft before the first one committed must not take the first's claim for another.
        and not exists (select 1 from claim_draft d where d.id = ? and d.claim_id = c.id)
      order by c.submitted_at, c.number`,
    [
      patient.nir,
      patient.birthDate,
      [ClaimStatus.SUBMITTED, ClaimStatus.IN_PROGRESS, ClaimStatus.VALIDATED],
      dates,
      draftId,
    ],
  );
  return trips.flatMap((trip, tripIndex) =>
    rows
      .filter((row) => row.date === trip.outboundDate)
      .map((row) => ({
        tripIndex,
        date: trip.outboundDate,
        reason:
          row.status === ClaimStatus.VALIDATED
            ? ConflictReason.ALREADY_PAID
            : ConflictReason.BEING_PROCESSED,
        otherClaimNumber: row.number,
      })),
  );
}
