import type { Claim } from "../claim.entity";
import { ClaimType } from "../claim.types";

/** The claim columns a queue row reads; its relations are loaded only if the query asks. */
export const QUEUE_ROW_COLUMNS = [
  "id",
  "number",
  "status",
  "onHold",
  "version",
  "submittedAt",
  "caisse",
  "patient",
  "prescriptionKind",
  "distanceKm",
  "tollsCents",
  "parkingCents",
  "publicTransportCents",
  "conflictsKept",
  "conflictsFixed",
] as const;

export type QueueRow = Pick<
  Claim,
  Exclude<(typeof QUEUE_ROW_COLUMNS)[number], "caisse" | "patient">
> & { caisse: string; patient: string };

export function queueClaimOf({ caisse, patient, ...columns }: QueueRow): ClaimType {
  return Object.assign(new ClaimType(), columns, {
    caisseId: caisse,
    patientId: patient,
    agentView: true,
  });
}
