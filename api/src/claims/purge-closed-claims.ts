import { Instant, ZonedDateTime } from "@js-joda/core";
import type { MikroORM } from "@mikro-orm/postgresql";
import type { FileStorage } from "../attachments/storage";
import type { Logger } from "../logging/logger";
import { PARIS } from "../shared/local-date";

/** SPEC 8: personal data is kept 33 months after a claim is closed, then purged. */
export const RETENTION_MONTHS = 33;

// Any constant works; it only has to be the same for every API process.
const PURGE_LOCK_KEY = 72_450_102;
const BATCH = 200;
const CLOSED = ["VALIDATED", "REJECTED", "CANCELLED"];

/** The instant before which a closed claim's last event makes it due for purge. */
export function retentionCutoff(now: Date): Date {
  const at = ZonedDateTime.ofInstant(Instant.ofEpochMilli(now.getTime()), PARIS);
  return new Date(at.minusMonths(RETENTION_MONTHS).toInstant().toEpochMilli());
}

/**
 * Deletes claims closed (validated, rejected or cancelled) whose last event is older than the
 * retention period: their documents (files first, as for drafts), trips, events, e-mails and
 * draft, then the patients left without any claim. A claim that saw any event since the
 * cutoff (a payment import, a message) is kept. One process at a time (advisory lock); returns
 * true when a full batch was purged and more may remain.
 */
export async function purgeClosedClaims(
  orm: MikroORM,
  storage: FileStorage,
  now: Date,
  logger: Logger,
): Promise<boolean> {
  const cutoff = retentionCutoff(now);
  return orm.em.fork().transactional(async (tx) => {
    const [lock] = await tx.execute<{ locked: boolean }[]>(
      "select pg_try_advisory_xact_lock(?) as locked",
      [PURGE_LOCK_KEY],
    );
    if (!lock?.locked) return false;

    // submitted_at < cutoff narrows the scan to old claims through claim_submitted_index.
    const due = await tx.execute<{ id: string; patient_id: string }[]>(
      `select c.id, c.patient_id from claim c
        where c.submitted_at < ? and c.status in (?, ?, ?)
          and not exists (select 1 from claim_event e where e.claim_id = c.id and e.at >= ?)
        order by c.submitted_at
        limit ?
        for update of c skip locked`,
      [cutoff, ...CLOSED, cutoff, BATCH],
    );
    if (due.length === 0) return false;
    const claimIds = due.map((row) => row.id);
    const patientIds = [...new Set(due.map((row) => row.patient_id))];

    const files = await tx.execute<{ storage_key: string }[]>(
      "select storage_key from attachment where claim_id in (?)",
      [claimIds],
    );
    for (const file of files) await storage.delete(file.storage_key);
    await tx.execute("delete from outbox_email where claim_id in (?)", [claimIds]);
    await tx.execute("delete from claim_draft where claim_id in (?)", [claimIds]);
    // Trips, documents and events go with their claim (on delete cascade).
    await tx.execute("delete from claim where id in (?)", [claimIds]);
    // Locked first, then checked in a new statement: a submission that reused one of these
    // patients and committed meanwhile is seen, and its patient kept.
    await tx.execute("select id from patient where id in (?) for update", [patientIds]);
    const patients = await tx.execute<{ id: string }[]>(
      `delete from patient p where p.id in (?)
          and not exists (select 1 from claim c where c.patient_id = p.id)
        returning p.id`,
      [patientIds],
    );
    logger.info(
      { claims: claimIds.length, documents: files.length, patients: patients.length },
      "closed claims purged after the retention period",
    );
    return due.length === BATCH;
  });
}
