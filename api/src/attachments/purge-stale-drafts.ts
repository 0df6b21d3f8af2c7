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
 * with them. One process at a time runs it (advisory lock); returns true when a full batch
 * was purged and more may remain.
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

    // Deleted, not only read, before the files: the delete locks each row and checks again that
    // it is outside any claim, so that a submission taking the document meanwhile keeps it
    // (and one that comes after finds it gone, and says so). Its file goes only then, inside
    // this transaction: a crash before the commit leaves at worst a row whose file is gone,
    // which the next run removes.
    const stale = await tx.execute<{ storage_key: string }[]>(
      `delete from attachment
        where claim_id is null
          and id in (select a.id from attachment a join claim_draft d on d.id = a.draft_id
                      where a.claim_id is null
                        and (a.created_at < ? or (d.claim_id is null and d.expires_at < ?))
                      limit ?)
        returning storage_key`,
      [cutoff, now, BATCH],
    );
    for (const row of stale) await storage.delete(row.storage_key);
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
