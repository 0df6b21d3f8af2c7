import { randomUUID } from "node:crypto";
import type { EntityManager } from "@mikro-orm/postgresql";
import { Patient } from "./patient.entity";
import { nameKey } from "./person-name";
import type { ValidPatient } from "./validate-patient-input";

/** The columns of a new patient, in the order of patientValues. */
export const PATIENT_COLUMNS = `id, nir, nir_key, birth_date, first_name, first_name_key, last_name,
       last_name_key, email, phone`;

/** The values of PATIENT_COLUMNS for `patient`, with a new id (kept only if the row is new). */
export function patientValues(patient: ValidPatient) {
  return [
    randomUUID(),
    patient.nir,
    patient.nirKey,
    patient.birthDate,
    patient.firstName,
    patient.firstNameKey,
    patient.lastName,
    nameKey(patient.lastName),
    patient.email,
    patient.phone,
  ];
}

/**
 * What an insert into `patient` does when the person is known: NIR + birth date + first name
 * (its key: case and accents ignored) match, and the new contact details replace the old ones
 * (SPEC 4.1). Shared by this upsert and the submission's statement (store-claim.ts).
 */
export const PATIENT_UPSERT_CONFLICT = `on conflict (nir, birth_date, first_name_key) do update
       set first_name = excluded.first_name, last_name = excluded.last_name,
           last_name_key = excluded.last_name_key,
           email = excluded.email, phone = coalesce(excluded.phone, patient.phone),
           updated_at = now()`;

/**
 * The patient of a submission: reused when NIR + birth date + first name match (case and
 * accents ignored), with the new contact details replacing the old ones (SPEC 4.1). An upsert,
 * so that two simultaneous first claims of one person cannot create two patients.
 */
export async function upsertPatient(em: EntityManager, patient: ValidPatient): Promise<Patient> {
  const rows = await em.execute<Record<string, unknown>[]>(
    `insert into patient (${PATIENT_COLUMNS})
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ${PATIENT_UPSERT_CONFLICT}
     returning *`,
    patientValues(patient),
  );
  const row = rows[0];
  if (!row) throw new Error("the patient upsert returned no row");
  // The row as stored, made the managed entity (refreshed if already loaded): no second query.
  return em.map(Patient, row);
}
