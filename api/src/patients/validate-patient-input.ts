import { LocalDate } from "@js-joda/core";
import type { Issue } from "../shared/issues";
import { normaliseEmail, normalisePhone } from "./contact";
import { patientMessages } from "./messages";
import { parseNir } from "./nir";
import { nameKey, normaliseName } from "./person-name";

export interface PatientFields {
  nir: string;
  birthDate: string;
  firstName: string;
  lastName: string;
  email: string;
  phone?: string | null;
}

export interface ValidPatient {
  nir: string;
  nirKey: string;
  birthDate: string;
  firstName: string;
  firstNameKey: string;
  lastName: string;
  email: string;
  phone: string | null;
}

const OLDEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

/** Checks the identity block (SPEC 4.2); issues are reported under `patient.`. */
export function validatePatient(
  input: PatientFields,
  today: LocalDate,
  issues: Issue[],
): ValidPatient | null {
  const at = (field: string, message: string) =>
    issues.push({ field: `patient.${field}`, message });
  const before = issues.length;

  const nir = parseNir(input.nir);
  if (!nir.ok) at("nir", nir.message);
  const birthDate = LocalDate.parse(input.birthDate);
  if (birthDate.isAfter(today)) at("birthDate", patientMessages.birthDateFuture);
  if (birthDate.isBefore(OLDEST_BIRTH_DATE)) at("birthDate", patientMessages.birthDateTooOld);
  const firstName = normaliseName(input.firstName);
  if (!firstName.ok) at("firstName", firstName.message);
  const lastName = normaliseName(input.lastName);
  if (!lastName.ok) at("lastName", lastName.message);
  const email = normaliseEmail(input.email);
  if (email === null) at("email", patientMessages.email);
  const typedPhone = input.phone?.trim() ? input.phone : null;
  const phone = typedPhone === null ? null : normalisePhone(typedPhone);
  if (typedPhone !== null && phone === null) at("phone", patientMessages.phone);

  if (issues.length > before || !nir.ok || !firstName.ok || !lastName.ok || email === null) {
    return null;
  }
  return {
    nir: nir.nir.number,
    nirKey: nir.nir.key,
    birthDate: input.birthDate,
    firstName: firstName.name,
    firstNameKey: nameKey(firstName.name),
    lastName: lastName.name,
    email,
    phone,
  };
}
