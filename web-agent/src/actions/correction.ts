import { compactNir, nameProblem, nirProblem } from "@mrs/web-common/identity";
import { correctionMessages as m } from "./correction.messages";

/** What the correction form holds: the values as typed, strings all. */
export interface CorrectionValues {
  nir: string;
  birthDate: string;
  firstName: string;
  distanceKm: string;
}

export type CorrectionField = keyof CorrectionValues;

/** The fields, in the form's order. */
export const CORRECTION_FIELDS: readonly CorrectionField[] = [
  "nir",
  "birthDate",
  "firstName",
  "distanceKm",
];

export function isCorrectionField(name: string | undefined): name is CorrectionField {
  return CORRECTION_FIELDS.some((field) => field === name);
}

/** The fields the API's CorrectClaimInput takes; an absent one is left as it is. */
export interface CorrectionInput {
  nir?: string;
  birthDate?: string;
  firstName?: string;
  distanceKm?: number | null;
}

export interface CorrectionChange {
  field: CorrectionField;
  before: string;
  after: string;
}

export type CorrectionCheck =
  | { ok: false; problems: Partial<Record<CorrectionField, string>> }
  | { ok: true; input: CorrectionInput; changes: CorrectionChange[] };

/** The claim's current values, as the form first shows them. */
export function currentValues(claim: {
  patient: { nir: string; birthDate: string; firstName: string };
  distanceKm: number | null;
}): CorrectionValues {
  return {
    nir: claim.patient.nir,
    birthDate: claim.patient.birthDate,
    firstName: claim.patient.firstName,
    distanceKm: claim.distanceKm === null ? "" : String(claim.distanceKm),
  };
}

/**
 * Checks the typed values as the API will (SPEC 4.2), for comfort, and keeps only what
 * changed. A distance emptied or set to 0 is no error and is sent: the API keeps the previous
 * distance and says so, and the page shows what it said.
 */
export function checkCorrection(
  current: CorrectionValues,
  typed: CorrectionValues,
  today: string,
): CorrectionCheck {
  const problems: Partial<Record<CorrectionField, string>> = {};
  const nir = nirProblem(typed.nir);
  if (nir) problems.nir = m.nir[nir];
  if (typed.birthDate === "") problems.birthDate = m.birthDateMissing;
  else if (typed.birthDate > today) problems.birthDate = m.birthDateFuture;
  else if (typed.birthDate < "1900-01-01") problems.birthDate = m.birthDateTooOld;
  const name = nameProblem(typed.firstName);
  if (name) problems.firstName = m.firstName[name];
  const distance = typed.distanceKm.trim();
  const kilometres = distance === "" ? 0 : Number(distance);
  if (current.distanceKm !== "" && !isKilometres(kilometres)) problems.distanceKm = m.distance;
  if (Object.keys(problems).length > 0) return { ok: false, problems };

  const input: CorrectionInput = {};
  const changes: CorrectionChange[] = [];
  const change = (field: CorrectionField, after: string) =>
    changes.push({ field, before: current[field], after });
  if (compactNir(typed.nir) !== compactNir(current.nir)) {
    input.nir = compactNir(typed.nir);
    change("nir", input.nir);
  }
  if (typed.birthDate !== current.birthDate) {
    input.birthDate = typed.birthDate;
    change("birthDate", typed.birthDate);
  }
  if (typed.firstName.trim() !== current.firstName) {
    input.firstName = typed.firstName.trim();
    change("firstName", input.firstName);
  }
  if (current.distanceKm !== "" && String(kilometres) !== current.distanceKm) {
    input.distanceKm = kilometres === 0 ? null : kilometres;
    change("distanceKm", kilometres === 0 ? "" : String(kilometres));
  }
  return { ok: true, input, changes };
}

function isKilometres(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= 9_999;
}
