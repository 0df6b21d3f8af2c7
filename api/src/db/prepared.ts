import { createHash } from "node:crypto";
import type { EntityManager, Knex } from "@mikro-orm/postgresql";

/** Each text's name: its label and a digest of it, then a generation that rename() bumps. */
const statements = new Map<string, { base: string; generation: number }>();

function nameOf(label: string, sql: string): string {
  let statement = statements.get(sql);
  if (statement === undefined) {
    const digest = createHash("sha256").update(sql).digest("hex").slice(0, 16);
    statement = { base: `${label}-${digest}`, generation: 0 };
    statements.set(sql, statement);
  }
  return `${statement.base}-${statement.generation}`;
}

/**
 * Gives the text a new name, unless a concurrent call already did: the connections that prepared
 * the old one keep it, unused, until they close.
 */
function rename(sql: string, stale: string): void {
  const statement = statements.get(sql);
  if (statement && `${statement.base}-${statement.generation}` === stale) statement.generation += 1;
}

/** Times a statement is renamed and run again before its error is let through. */
const STALE_PLAN_ATTEMPTS = 5;

/**
 * PostgreSQL refuses to run a prepared statement whose result columns changed type since it was
 * prepared (a migration altered a column it returns, while this process kept running): it
 * re-plans statements itself after any other change. Told by the server function that raised
 * it, as PgJDBC does: the message is translated (lc_messages), the routine's name is not.
 */
export function isStalePlan(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, routine } = error as { code?: unknown; routine?: unknown };
  return (
    code === "0A000" && (routine === "RevalidateCachedQuery" || routine === "RevalidateCachedPlan")
  );
}

/**
 * Runs a statement of the hot paths as a named prepared statement: each pooled connection parses
 * it once, and PostgreSQL may keep its plan. Issue #5's profile of the submission showed the
 * server planning its statements for longer than it ran them (0.4 ms to plan the duplicate-trip
 * check, 0.01 ms to run it). Only for texts that never vary (placeholders for every value):
 * each distinct text stays prepared on every connection of the pool. (em.execute would not do:
 * it writes the values into the text, so that PostgreSQL sees a new statement each time.)
 *
 * After a migration that changes the type of a column the statement returns (a rolling deploy:
 * this process predates it), the statement is prepared again under a new name and run again, a
 * few times (a connection may have prepared the new name before a second change); inside a
 * transaction, which the error has aborted, the next call gets the new name.
 */
export async function preparedQuery<Row>(
  em: EntityManager,
  label: string,
  sql: string,
  bindings: readonly Knex.RawBinding[],
): Promise<Row[]> {
  // Inside em.transactional, on the transaction's connection (em.getKnex() alone is the pool's).
  const transaction = em.getTransactionContext<Knex.Transaction>();
  const run = async (name: string) => {
    const query = em.getKnex().raw<{ rows: Row[] }>(sql, bindings).options({ name });
    if (transaction) query.transacting(transaction);
    return (await query).rows;
  };
  for (let attempt = 1; ; attempt += 1) {
    const name = nameOf(label, sql);
    try {
      return await run(name);
    } catch (error) {
      if (!isStalePlan(error)) throw error;
      rename(sql, name);
      if (transaction || attempt === STALE_PLAN_ATTEMPTS) throw error;
    }
  }
}
