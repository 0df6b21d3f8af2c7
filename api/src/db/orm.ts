import { MikroORM, type Options } from "@mikro-orm/postgresql";
import pg from "pg";
import type { Logger } from "../logging/logger";
import { ormOptions } from "./mikro-orm.config";

// Any constant works; it only has to be the same for every API process.
const MIGRATION_LOCK_KEY = 72_450_001;

export async function openDatabase(
  url: string,
  entities: NonNullable<Options["entities"]>,
  poolMax: number,
  logger?: Logger,
): Promise<MikroORM> {
  const options = ormOptions(url, entities, poolMax);
  // knex reports broken pool connections ("Connection Error: …") with console.log; route
  // them to our JSON logs so that a database outage reads like the rest of the service.
  if (logger) options.driverOptions = { log: knexLog(logger) };
  return MikroORM.init(options);
}

function knexLog(logger: Logger) {
  const database = logger.child({ component: "knex" });
  return {
    warn: (message: unknown) => database.warn({ detail: String(message) }, "database warning"),
    error: (message: unknown) => database.error({ detail: String(message) }, "database error"),
    deprecate: (message: unknown) => database.debug({ detail: String(message) }, "deprecated"),
    debug: (message: unknown) => database.debug({ detail: String(message) }, "database debug"),
  };
}

/**
 * Applies pending migrations. Several API processes may start at once, so the run is
 * serialised with a PostgreSQL advisory lock held on one dedicated connection.
 */
export async function migrate(orm: MikroORM, logger?: Logger): Promise<void> {
  // The lock lives on a connection of its own, outside the ORM pool the migrator uses.
  const lock = new pg.Client({ connectionString: orm.config.get("clientUrl") });
  await lock.connect();
  try {
    await lock.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    const applied = await orm.getMigrator().up();
    if (applied.length > 0) {
      logger?.info({ migrations: applied.map((m) => m.name) }, "migrations applied");
    }
  } finally {
    await lock.end(); // ending the session releases the advisory lock
  }
}

export async function pendingMigrations(orm: MikroORM): Promise<number> {
  return (await orm.getMigrator().getPendingMigrations()).length;
}
