import type { MikroORM } from "@mikro-orm/postgresql";
import type { Logger } from "../logging/logger";
import type { FileStorage } from "./storage";

// Any constant works; it only has to be the same for every API process.
const PURGE_LOCK_KEY = 72_450_101;
const BATCH = 500;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Privacy rule (SPEC 8): documents never attached to a claim are deleted 24 hours after
 * their upload, or as soon as their draft has expired; expired drafts without a claim go
 * with them. Files are deleted before their rows, so that a crash leaves at worst a row
 * whose file is gone, which the next run removes. One process at a time runs it (advisory
 * lock); returns true when a full batch was purged and more may remain.
 */
export async function purgeStaleDrafts(
  orm: MikroORM,
  storage: FileStorage,
  now: Date,
  logger: Logger,
): Promise<boolean> {
  const cutoff = new Date(now.getTime() - DAY_MS);
  return orm.em.fork().transactional(async (tx) => {
    const [lock] = await tx.execute<{ locked: boolean }[]>(
      "select pg_try_advisory_xact_lock(?) as locked",
      [PURGE_LOCK_KEY],
    );
    if (!lock?.locked) return false;

    const stale = await tx.execute<{ id: string; storage_key: string }[]>(
      `select a.id, a.storage_key from attachment a join claim_draft d on d.id = a.draft_id
        where a.claim_id is null
          and (a.created_at < ? or (d.claim_id is null and d.expires_at < ?))
        limit ?`,
      [cutoff, now, BATCH],
    );
    for (const row of stale) await storage.delete(row.storage_key);
    if (stale.length > 0) {
      const ids = stale.map((row) => row.id);
      await tx.execute(
        `delete from attachment where id in (${ids.map(() => "?").join(", ")})`,
        ids,
      );
    }
    const drafts = await tx.execute<{ id: string }[]>(
      `delete from claim_draft d
        where d.claim_id is null and d.expires_at < ?
          and not exists (select 1 from attachment a where a.draft_id = d.id)
        returning d.id`,
      [now],
    );
    if (stale.length > 0 || drafts.length > 0) {
      logger.info({ documents: stale.length, drafts: drafts.length }, "stale drafts purged");
    }
    return stale.length === BATCH;
  });
}
