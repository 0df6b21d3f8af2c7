import { randomUUID } from "node:crypto";
import type { EntityManager } from "@mikro-orm/postgresql";
import { AttachmentType } from "../attachments/attachment.types";
import type { AttachmentKind } from "../attachments/attachment-kind";
import { CaisseType } from "../caisses/caisse.types";
import type { Config } from "../config/config";
import { acknowledgementEmail } from "../notifications/templates";
import { PatientType } from "../patients/patient.types";
import {
  PATIENT_COLUMNS,
  PATIENT_UPSERT_CONFLICT,
  patientValues,
} from "../patients/upsert-patient";
import { preparedQuery } from "../db/prepared";
import { DomainError, InputError, UnauthenticatedError } from "../graphql/errors";
import { parisDate } from "../shared/local-date";
import { hashToken } from "../shared/tokens";
import { ActorType, ClaimStatus } from "./claim-enums";
import { MAX_DAILY_SEQUENCE, provisionalClaimNumber } from "./claim-number";
import { ClaimEventType, ClaimType, TripType } from "./claim.types";
import { claimMessages } from "./messages";
import { cancellationUrl, followUpUrl } from "./personal-link";
import type { ValidClaim } from "./validate-claim-input";

/** The caisse of a submission, as submitClaim read it. */
export interface SubmissionCaisse {
  id: string;
  number: string;
  name: string;
  active: boolean;
  processingEmail: string;
  convocationAllowed: boolean;
  parkingAllowed: boolean;
}

export interface NewClaim {
  draftId: string;
  caisse: SubmissionCaisse;
  valid: ValidClaim;
  snapshot: Record<string, unknown>;
  conflictsKept: number;
  conflictsFixed: number;
  now: Date;
  config: Config;
  personalToken: (claimId: string) => string;
}

/**
 * What storeClaim did: the new claim's view, whole (caisse, patient, trips, documents, event),
 * or the id of the claim a concurrent submission of the same draft stored first.
 */
export type StoredClaim = { claim: ClaimType } | { existingId: string };

interface StoredRow {
  number: string;
  patient_id: string;
  first_name: string;
  last_name: string;
  birth_date: string;
  nir: string;
  nir_key: string;
  email: string;
  phone: string | null;
  documents: {
    id: string;
    kind: AttachmentKind;
    file_name: string;
    content_type: string;
    size_bytes: number;
  }[];
}

/**
 * Stores a validated claim with ONE statement, so one round trip and one implicit transaction:
 * the draft row locked, then its documents, the day's number counter, the patient (upserted),
 * the claim, its trips, its documents moved from the draft, the acknowledgement e-mail and the
 * SUBMITTED event. Every write hangs on the ones before it, so that when the draft was submitted
 * meanwhile, a document was removed, or the day is full, nothing at all is written; the reason
 * is then read by a second query (see whyNotStored).
 *
 * The counter row is the one row every submission of the day writes: it is taken after the
 * locks of the draft and its documents and held only for the rest of this statement and its
 * commit, with no round trip to the API in between (SPEC 4.3: consecutive numbers, "YYYYMMDD"
 * + a 4-digit sequence from 0000, a rolled-back submission giving its number back).
 *
 * Plain SQL with bound parameters rather than the ORM's unit of work: a submission was a dozen
 * statements and most of the API's CPU (issue #5's profile); this is the hot path of the product.
 */
export async function storeClaim(em: EntityManager, data: NewClaim): Promise<StoredClaim> {
  const { valid, now, config, caisse } = data;
  const claimId = randomUUID();
  const emailId = randomUUID();
  const token = data.personalToken(claimId);
  const day = parisDate(now).toString();
  // The e-mail is written before its number is known: the statement puts the number in.
  const placeholder = provisionalClaimNumber();
  const email = acknowledgementEmail({
    firstName: valid.patient.firstName,
    claimNumber: placeholder,
    caisseName: caisse.name,
    trips: valid.trips,
    distanceKm: valid.vehicle?.distanceKm ?? null,
    publicTransportCents: valid.publicTransport?.costCents ?? null,
    followUpUrl: followUpUrl(config, claimId, token),
    cancellationUrl: cancellationUrl(config, claimId, token),
  });
  const rows = await preparedQuery<StoredRow>(
    em,
    "store-claim",
    `with open_draft as (
       select id from claim_draft where id = ? and claim_id is null for update
     ), documents as (
       select id from attachment
        where id = any(?::uuid[]) and draft_id = ? and claim_id is null
          and exists (select 1 from open_draft)
        for update
     ), counter as (
       insert into claim_number_day as n (day, last)
       select ?::date, 0
        where exists (select 1 from open_draft) and (select count(*) from documents) = ?
       on conflict (day) do update set last = n.last + 1 where n.last < ${MAX_DAILY_SEQUENCE}
       returning last
     ), stored_patient as (
       insert into patient (${PATIENT_COLUMNS})
       select ?, ?, ?, ?::date, ?, ?, ?, ?, ?, ? where exists (select 1 from counter)
       ${PATIENT_UPSERT_CONFLICT}
       returning id, first_name, last_name, to_char(birth_date, 'YYYY-MM-DD') as birth_date,
                 nir, nir_key, email, phone
     ), new_claim as (
       insert into claim
         (id, number, caisse_id, patient_id, status, prescription_kind, epmt_number,
          convocation_date, uses_vehicle, uses_public_transport, distance_km, tolls_cents,
          parking_cents, public_transport_cents, conflicts_kept, conflicts_fixed, submitted_at,
          snapshot, personal_token_hash, personal_link_expires_at)
       select ?, ? || lpad(counter.last::text, 4, '0'), ?, stored_patient.id, ?, ?, ?, ?::date, ?, ?,
              ?::int, ?::int, ?::int, ?::int, ?, ?, ?, ?::jsonb, ?, ?
         from counter, stored_patient
       returning id, number
     ), submitted_draft as (
       update claim_draft set claim_id = new_claim.id from new_claim where claim_draft.id = ?
     ), new_trips as (
       insert into trip (id, claim_id, position, outbound_date, return_date)
       select gen_random_uuid(), new_claim.id, (t.position - 1)::smallint, t.outbound,
              nullif(t.return, '')::date
         from new_claim,
              unnest(?::date[], ?::text[]) with ordinality as t(outbound, return, position)
     ), moved as (
       update attachment set claim_id = new_claim.id from new_claim
        where attachment.id in (select id from documents)
       returning attachment.id, attachment.kind, attachment.file_name, attachment.content_type,
                 attachment.size_bytes, attachment.created_at
     ), new_email as (
       insert into outbox_email (id, kind, claim_id, recipient, reply_to, subject, body)
       select ?, 'ACKNOWLEDGEMENT', new_claim.id, ?, ?, replace(?, ?, new_claim.number),
              replace(?, ?, new_claim.number)
         from new_claim
       returning id
     ), new_event as (
       insert into claim_event (claim_id, at, type, actor_type, actor_id, after, email_id)
       select new_claim.id, ?, 'SUBMITTED', ?, stored_patient.id, ?::jsonb, new_email.id
         from new_claim, stored_patient, new_email
     )
     select new_claim.number, stored_patient.id as patient_id, stored_patient.first_name,
            stored_patient.last_name, stored_patient.birth_date, stored_patient.nir,
            stored_patient.nir_key, stored_patient.email, stored_patient.phone,
            coalesce((select json_agg(moved order by moved.created_at, moved.id) from moved),
                     '[]') as documents
       from new_claim, stored_patient`,
    [
      data.draftId,
      valid.attachmentIds,
      data.draftId,
      day,
      valid.attachmentIds.length,
      ...patientValues(valid.patient),
      claimId,
      day.replaceAll("-", ""),
      caisse.id,
      ClaimStatus.SUBMITTED,
      valid.prescription.kind,
      valid.prescription.epmtNumber,
      valid.prescription.convocationDate,
      valid.vehicle !== null,
      valid.publicTransport !== null,
      valid.vehicle?.distanceKm ?? null,
      valid.vehicle?.tollsCents ?? null,
      valid.vehicle?.parkingCents ?? null,
      valid.publicTransport?.costCents ?? null,
      data.conflictsKept,
      data.conflictsFixed,
      now,
      JSON.stringify(data.snapshot),
      hashToken(token),
      new Date(now.getTime() + config.PERSONAL_LINK_TTL_DAYS * 86_400_000),
      data.draftId,
      valid.trips.map((trip) => trip.outboundDate),
      valid.trips.map((trip) => trip.returnDate ?? ""), // "": no return (nullif above)
      emailId,
      valid.patient.email,
      caisse.processingEmail,
      email.subject,
      placeholder,
      email.body,
      placeholder,
      now,
      ActorType.PATIENT,
      JSON.stringify({ status: ClaimStatus.SUBMITTED }),
    ],
  );
  const row = rows[0];
  if (row === undefined) return whyNotStored(em, data, day);

  return {
    claim: Object.assign(new ClaimType(), {
      id: claimId,
      number: row.number,
      status: ClaimStatus.SUBMITTED,
      onHold: false,
      version: 1,
      submittedAt: now,
      caisse: CaisseType.from(caisse),
      patient: PatientType.from({
        firstName: row.first_name,
        lastName: row.last_name,
        birthDate: row.birth_date,
        nir: row.nir,
        nirKey: row.nir_key,
        email: row.email,
        phone: row.phone,
      }),
      caisseId: caisse.id,
      patientId: row.patient_id,
      prescriptionKind: valid.prescription.kind,
      trips: valid.trips.map((trip) => Object.assign(new TripType(), trip)),
      distanceKm: valid.vehicle?.distanceKm ?? null,
      tollsCents: valid.vehicle?.tollsCents ?? null,
      parkingCents: valid.vehicle?.parkingCents ?? null,
      publicTransportCents: valid.publicTransport?.costCents ?? null,
      attachments: row.documents.map((document) =>
        AttachmentType.from({
          id: document.id,
          kind: document.kind,
          fileName: document.file_name,
          contentType: document.content_type,
          sizeBytes: document.size_bytes,
        }),
      ),
      events: [
        Object.assign(new ClaimEventType(), {
          at: now,
          type: "SUBMITTED",
          actorType: ActorType.PATIENT,
        }),
      ],
      conflictsKept: data.conflictsKept,
      conflictsFixed: data.conflictsFixed,
      review: null,
    }),
  };
}

/**
 * Why the statement of storeClaim wrote nothing, read after it, in a statement of its own, so
 * that it sees what the concurrent transaction that stopped it committed.
 */
async function whyNotStored(em: EntityManager, data: NewClaim, day: string): Promise<StoredClaim> {
  const rows = await em.getKnex().raw<{
    rows: { claim_id: string | null; documents: number; last: number | null }[];
  }>(
    `select d.claim_id,
            (select count(*)::int from attachment a
              where a.id = any(?::uuid[]) and a.draft_id = d.id and a.claim_id is null) as documents,
            (select last from claim_number_day where day = ?::date) as last
       from claim_draft d where d.id = ?`,
    [data.valid.attachmentIds, day, data.draftId],
  );
  const state = rows.rows[0];
  // Purged since it was read (it expired meanwhile): the answer an expired draft gets.
  if (state === undefined) throw new UnauthenticatedError(claimMessages.draftUnknown);
  if (state.claim_id !== null) return { existingId: state.claim_id };
  // Checked before the statement; a document removed since then must not vanish silently.
  if (state.documents !== data.valid.attachmentIds.length) {
    throw new InputError("attachmentIds", claimMessages.attachmentUnknown);
  }
  // Four digits is the format partners know; past 10 000 claims a day, refuse rather than
  // hand out a 13-digit number.
  if (state.last !== null && state.last >= MAX_DAILY_SEQUENCE) {
    throw new DomainError("TOO_MANY_REQUESTS", claimMessages.dailyCapacity);
  }
  throw new Error("the submission statement stored nothing, for no known reason");
}
