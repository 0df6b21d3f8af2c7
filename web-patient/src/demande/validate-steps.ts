import { nameProblem } from "@mrs/web-common/identity";
import { parseAmount, type AmountResult } from "./amount";
import { checkMessages as m } from "./checks.messages";
import type { ClaimFormValues, DocumentKind, FormCaisse, UploadedDocument } from "./form-values";
import { isLocalDate, lastClaimableDate } from "./local-date";
import { nirProblem } from "./nir";

/** One problem: the field's path (as the API names it when it has a name there) and why. */
export interface Issue {
  field: string;
  message: string;
}

export interface CheckContext {
  caisse: FormCaisse | undefined;
  /** Today in Paris, `YYYY-MM-DD`. */
  today: string;
  documents: readonly UploadedDocument[];
  /** Kinds with a file still being sent. */
  uploading: readonly DocumentKind[];
}

const MAX_TRIPS = 100;
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;
const PHONE = /^(?:0[1-9]\d{8}|(?:\+|00)(?:33|262|269|508|590|594|596|681|687|689)[1-9]\d{8})$/;

/**
 * The form's own checks for one step: the API's rules repeated for comfort (SPEC 4.2), so
 * that mistakes show before sending. Returns the problems in the order of the fields.
 */
export function checkStep(step: number, values: ClaimFormValues, ctx: CheckContext): Issue[] {
  const issues: Issue[] = [];
  const at = (field: string, message: string) => issues.push({ field, message });
  switch (step) {
    case 1:
      if (!ctx.caisse) at("caisseId", m.caisseMissing);
      break;
    case 2:
      checkPrescription(values, ctx, at);
      break;
    case 3:
      checkIdentity(values, ctx, at);
      break;
    case 4:
      checkTrips(values, ctx, at);
      break;
    case 5:
      checkExpenses(values, ctx, at);
      break;
    case 6:
      if (!values.sworn) at("sworn", m.swornMissing);
      break;
  }
  return issues;
}

/** Every step before the summary, in order. */
export function checkAll(values: ClaimFormValues, ctx: CheckContext): Issue[] {
  return [1, 2, 3, 4, 5, 6].flatMap((step) => checkStep(step, values, ctx));
}

type At = (field: string, message: string) => void;

function has(ctx: CheckContext, kind: DocumentKind): boolean {
  return ctx.documents.some((document) => document.kind === kind);
}

function checkPrescription(values: ClaimFormValues, ctx: CheckContext, at: At): void {
  switch (values.prescriptionKind) {
    case "":
      at("prescription.kind", m.prescriptionKindMissing);
      break;
    case "PMT":
      if (ctx.uploading.includes("PRESCRIPTION")) at("documents.PRESCRIPTION", m.uploadInProgress);
      else if (!has(ctx, "PRESCRIPTION")) at("documents.PRESCRIPTION", m.prescriptionFileMissing);
      break;
    case "EPMT":
      if (!/^[A-Z0-9]{14}$/i.test(values.epmtNumber.replace(/\s+/g, ""))) {
        at("prescription.epmtNumber", m.epmtNumber);
      }
      break;
    case "CONVOCATION":
      if (ctx.caisse && !ctx.caisse.convocationAllowed) {
        at("prescription.kind", m.convocationNotAllowed);
      }
      if (!isLocalDate(values.convocationDate)) {
        at("prescription.convocationDate", m.convocationDateMissing);
      } else if (values.convocationDate > ctx.today) {
        at("prescription.convocationDate", m.dateFuture);
      }
      break;
  }
}

function checkName(value: string, field: string, missing: string, at: At): void {
  const problem = nameProblem(value);
  if (problem === "missing") at(field, missing);
  else if (problem === "tooLong") at(field, m.nameTooLong);
  else if (problem === "characters") at(field, m.nameCharacters);
}

function checkIdentity(values: ClaimFormValues, ctx: CheckContext, at: At): void {
  const nir = nirProblem(values.nir);
  if (nir) at("patient.nir", nir);
  if (!isLocalDate(values.birthDate)) at("patient.birthDate", m.birthDateMissing);
  else if (values.birthDate > ctx.today) at("patient.birthDate", m.birthDateFuture);
  else if (values.birthDate < "1900-01-01") at("patient.birthDate", m.birthDateTooOld);
  checkName(values.firstName, "patient.firstName", m.firstNameMissing, at);
  checkName(values.lastName, "patient.lastName", m.lastNameMissing, at);
  if (!EMAIL.test(values.email.trim())) at("patient.email", m.email);
  const phone = values.phone.replace(/[\s.\-()]/g, "");
  if (phone !== "" && !PHONE.test(phone)) at("patient.phone", m.phone);
}

function checkTrips(values: ClaimFormValues, ctx: CheckContext, at: At): void {
  if (values.trips.length === 0) at("trips", m.tripsMissing);
  if (values.trips.length > MAX_TRIPS) at("trips", m.tooManyTrips);
  values.trips.forEach((trip, index) => {
    const outbound = `trips.${index}.outboundDate`;
    const back = `trips.${index}.returnDate`;
    if (!isLocalDate(trip.outboundDate)) at(outbound, m.dateMissing);
    else if (trip.outboundDate > ctx.today) at(outbound, m.dateFuture);
    else if (ctx.today > lastClaimableDate(trip.outboundDate)) {
      at(outbound, m.tripTooLate(trip.outboundDate, lastClaimableDate(trip.outboundDate)));
    }
    if (!trip.roundTrip) return;
    if (!isLocalDate(trip.returnDate)) at(back, m.returnMissing);
    else if (isLocalDate(trip.outboundDate) && trip.returnDate < trip.outboundDate) {
      at(back, m.returnBeforeOutbound);
    } else if (trip.returnDate > ctx.today) at(back, m.dateFuture);
  });
}

function checkExpenses(values: ClaimFormValues, ctx: CheckContext, at: At): void {
  if (!values.vehicle && !values.publicTransport) at("modes", m.modeMissing);
  if (values.vehicle) {
    if (!/^\d{1,4}$/.test(values.distanceKm.trim()) || Number(values.distanceKm) < 1) {
      at("vehicle.distanceKm", m.distance);
    }
    const tolls = parseAmount(values.tolls);
    if (!tolls.ok) at("vehicle.tollsCents", tolls.message);
    const parkingAllowed = ctx.caisse?.parkingAllowed ?? true;
    const parking: AmountResult = parkingAllowed
      ? parseAmount(values.parking)
      : { ok: true, cents: 0 };
    if (!parking.ok) at("vehicle.parkingCents", parking.message);
    const expenses = (tolls.ok ? tolls.cents : 0) + (parking.ok ? parking.cents : 0);
    if (ctx.uploading.includes("VP_RECEIPT")) at("documents.VP_RECEIPT", m.uploadInProgress);
    else if (expenses > 0 && !has(ctx, "VP_RECEIPT")) {
      at("documents.VP_RECEIPT", m.vehicleReceiptMissing);
    }
  }
  if (values.publicTransport) {
    const cost = parseAmount(values.publicTransportCost);
    if (!cost.ok) at("publicTransport.costCents", cost.message);
    else if (cost.cents === 0) at("publicTransport.costCents", m.publicTransportCostMissing);
    if (ctx.uploading.includes("ATP_RECEIPT")) at("documents.ATP_RECEIPT", m.uploadInProgress);
    else if (!has(ctx, "ATP_RECEIPT")) {
      at("documents.ATP_RECEIPT", m.publicTransportReceiptMissing);
    }
  }
}
