/** Status of a claim (SPEC 4.4). Legacy numeric codes are in `LEGACY_STATUS_CODES`. */
export enum ClaimStatus {
  SUBMITTED = "SUBMITTED",
  IN_PROGRESS = "IN_PROGRESS",
  VALIDATED = "VALIDATED",
  REJECTED = "REJECTED",
  CANCELLED = "CANCELLED",
}

/** Codes used by the exports of the former system. */
export const LEGACY_STATUS_CODES: Record<ClaimStatus, number> = {
  SUBMITTED: 1,
  CANCELLED: 100,
  REJECTED: 999,
  IN_PROGRESS: 1000,
  VALIDATED: 2000,
};

export enum PrescriptionKind {
  PMT = "PMT",
  EPMT = "EPMT",
  CONVOCATION = "CONVOCATION",
}

/** Who wrote an event of the audit trail. */
export enum ActorType {
  PATIENT = "PATIENT",
  AGENT = "AGENT",
  PARTNER = "PARTNER",
  SYSTEM = "SYSTEM",
}

/** Why a trip date was flagged while the patient filled the form (SPEC 4.5). */
export enum ConflictReason {
  SAME_CLAIM = "SAME_CLAIM",
  BEING_PROCESSED = "BEING_PROCESSED",
  ALREADY_PAID = "ALREADY_PAID",
}
