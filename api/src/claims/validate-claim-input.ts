import type { LocalDate } from "@js-joda/core";
import { AttachmentKind } from "../attachments/attachment-kind";
import { type Issue, throwIfAny } from "../shared/issues";
import {
  validatePatient,
  type PatientFields,
  type ValidPatient,
} from "../patients/validate-patient-input";
import { PrescriptionKind } from "./claim-enums";
import { claimMessages } from "./messages";
import { validateTrips, type TripFields, type ValidTrip } from "./validate-trips";

/** The shape of ClaimInput, without GraphQL decorators, so the rules stay pure. */
export interface ClaimFields {
  patient: PatientFields;
  prescription: {
    kind: PrescriptionKind;
    epmtNumber?: string | null;
    convocationDate?: string | null;
  };
  trips: TripFields[];
  vehicle?: { distanceKm: number; tollsCents?: number | null; parkingCents?: number | null } | null;
  publicTransport?: { costCents: number } | null;
  attachmentIds: string[];
  sworn: boolean;
}

export interface ClaimRulesContext {
  caisse: { convocationAllowed: boolean; parkingAllowed: boolean };
  today: LocalDate;
  /** The documents uploaded with this draft. */
  uploads: { id: string; kind: AttachmentKind }[];
}

export interface ValidClaim {
  patient: ValidPatient;
  prescription: {
    kind: PrescriptionKind;
    epmtNumber: string | null;
    convocationDate: string | null;
  };
  trips: ValidTrip[];
  vehicle: { distanceKm: number; tollsCents: number; parkingCents: number } | null;
  publicTransport: { costCents: number } | null;
  /** The documents kept: those of an unchosen mode or prescription kind are left out. */
  attachmentIds: string[];
}

export const MAX_ATTACHMENTS = 20;
const MAX_CENTS = 999_999; // 9 999,99 € per field (SPEC 4.2)
export const MAX_KM = 9_999;

/** Every rule of SPEC 4.2 that needs no database. Throws an InputError listing all issues. */
export function validateClaimInput(input: ClaimFields, rules: ClaimRulesContext): ValidClaim {
  const issues: Issue[] = [];
  const prescription = validatePrescription(input.prescription, rules, issues);
  const patient = validatePatient(input.patient, rules.today, issues);
  const trips = validateTrips(input.trips, rules.today, issues);
  const { vehicle, publicTransport } = validateModes(input, rules, issues);
  const attachmentIds = keptAttachments(input, rules, issues);
  if (!input.sworn) issues.push({ field: "sworn", message: claimMessages.swornMissing });
  throwIfAny(issues);
  if (!patient) throw new Error("patient validation reported no issue but returned nothing");
  return { patient, prescription, trips, vehicle, publicTransport, attachmentIds };
}

function validatePrescription(
  input: ClaimFields["prescription"],
  rules: ClaimRulesContext,
  issues: Issue[],
): ValidClaim["prescription"] {
  const at = (field: string, message: string) =>
    issues.push({ field: `prescription.${field}`, message });
  switch (input.kind) {
    case PrescriptionKind.PMT:
      return { kind: input.kind, epmtNumber: null, convocationDate: null };
    case PrescriptionKind.EPMT: {
      const epmtNumber = (input.epmtNumber ?? "").replace(/\s+/g, "").toUpperCase();
      if (!/^[A-Z0-9]{14}$/.test(epmtNumber)) at("epmtNumber", claimMessages.epmtNumber);
      return { kind: input.kind, epmtNumber, convocationDate: null };
    }
    case PrescriptionKind.CONVOCATION: {
      if (!rules.caisse.convocationAllowed) at("kind", claimMessages.convocationNotAllowed);
      const date = input.convocationDate ?? null;
      if (date === null) at("convocationDate", claimMessages.convocationDateMissing);
      else if (date > rules.today.toString())
        at("convocationDate", claimMessages.convocationDateFuture);
      return { kind: input.kind, epmtNumber: null, convocationDate: date };
    }
  }
}

function validateModes(input: ClaimFields, rules: ClaimRulesContext, issues: Issue[]) {
  const at = (field: string, message: string) => issues.push({ field, message });
  const cents = (value: number | null | undefined, field: string): number => {
    const amount = value ?? 0;
    if (amount < 0 || amount > MAX_CENTS) at(field, claimMessages.amount);
    return amount;
  };
  if (!input.vehicle && !input.publicTransport) at("vehicle", claimMessages.modeMissing);
  let vehicle: ValidClaim["vehicle"] = null;
  if (input.vehicle) {
    const { distanceKm } = input.vehicle;
    if (distanceKm < 1 || distanceKm > MAX_KM) at("vehicle.distanceKm", claimMessages.distance);
    const tollsCents = cents(input.vehicle.tollsCents, "vehicle.tollsCents");
    const parkingCents = cents(input.vehicle.parkingCents, "vehicle.parkingCents");
    if (parkingCents > 0 && !rules.caisse.parkingAllowed) {
      at("vehicle.parkingCents", claimMessages.parkingNotAllowed);
    }
    vehicle = { distanceKm, tollsCents, parkingCents };
  }
  let publicTransport: ValidClaim["publicTransport"] = null;
  if (input.publicTransport) {
    const { costCents } = input.publicTransport;
    if (costCents < 1 || costCents > MAX_CENTS) {
      at("publicTransport.costCents", claimMessages.publicTransportCost);
    }
    publicTransport = { costCents };
  }
  return { vehicle, publicTransport };
}

/** Receipts are required when expenses are declared; those of an unchosen mode are dropped. */
function keptAttachments(input: ClaimFields, rules: ClaimRulesContext, issues: Issue[]): string[] {
  const at = (message: string, extra: Partial<Issue> = {}) =>
    issues.push({ field: "attachmentIds", message, ...extra });
  const byId = new Map(rules.uploads.map((upload) => [upload.id, upload.kind]));
  if (new Set(input.attachmentIds).size !== input.attachmentIds.length) {
    at(claimMessages.attachmentDuplicate);
  }
  if (input.attachmentIds.length > MAX_ATTACHMENTS) {
    at(claimMessages.tooManyAttachments(MAX_ATTACHMENTS));
  }
  if (input.attachmentIds.some((id) => !byId.has(id))) at(claimMessages.attachmentUnknown);

  const wanted = new Set<AttachmentKind>();
  if (input.prescription.kind === PrescriptionKind.PMT) wanted.add(AttachmentKind.PRESCRIPTION);
  if (input.vehicle) wanted.add(AttachmentKind.VP_RECEIPT);
  if (input.publicTransport) wanted.add(AttachmentKind.ATP_RECEIPT);
  const kept = [...new Set(input.attachmentIds)].filter((id) => {
    const kind = byId.get(id);
    return kind !== undefined && wanted.has(kind);
  });
  const has = (kind: AttachmentKind) => kept.some((id) => byId.get(id) === kind);

  if (wanted.has(AttachmentKind.PRESCRIPTION) && !has(AttachmentKind.PRESCRIPTION)) {
    at(claimMessages.prescriptionFileMissing);
  }
  const vehicleExpenses = (input.vehicle?.tollsCents ?? 0) + (input.vehicle?.parkingCents ?? 0);
  if (input.vehicle && vehicleExpenses > 0 && !has(AttachmentKind.VP_RECEIPT)) {
    at(claimMessages.vehicleReceiptMissing);
  }
  if (input.publicTransport && !has(AttachmentKind.ATP_RECEIPT)) {
    at(claimMessages.publicTransportReceiptMissing);
  }
  return kept;
}
