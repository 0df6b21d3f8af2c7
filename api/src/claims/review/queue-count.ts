import type { EntityManager, QueryBuilder } from "@mikro-orm/postgresql";
import type { Claim } from "../claim.entity";

/**
 * Beyond this many claims a queue's count is no longer exact. Counting visits every matching
 * row: the national queue's million claims took 80–100 ms per page, five times a page's budget,
 * while 10 000 index entries take a few milliseconds, and nobody pages through 10 000 claims.
 */
export const EXACT_COUNT_LIMIT = 10_000;

/** How many claims a filter matches: exact up to the limit, else the limit as a lower bound. */
export interface QueueCount {
  count: number;
  /** False when more than `count` claims match. */
  exact: boolean;
}

/**
 * Counts the rows of `filtered` up to `limit + 1` (one more than the limit tells that the limit
 * is exceeded), so that the cost is bounded whatever the number of matching claims.
 */
export async function countUpTo(
  em: EntityManager,
  filtered: QueryBuilder<Claim>,
  limit = EXACT_COUNT_LIMIT,
): Promise<QueueCount> {
  const capped = filtered
    .select("c.id")
    .limit(limit + 1)
    .getKnexQuery();
  const knex = em.getKnex();
  const [row] = await em
    .getConnection()
    .execute<{ n: number }[]>(
      knex.select(knex.raw("count(*)::int as n")).from(capped.as("capped")),
    );
  const found = row?.n ?? 0;
  return found > limit ? { count: limit, exact: false } : { count: found, exact: true };
}
