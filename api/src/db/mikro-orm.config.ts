import path from "node:path";
import { defineConfig, type Options } from "@mikro-orm/postgresql";
import { Migrator } from "@mikro-orm/migrations";

type EntityList = NonNullable<Options["entities"]>;

/**
 * ORM options. The schema is changed only by the committed migrations in
 * `./migrations`, never synchronised from the entities at boot.
 */
export function ormOptions(clientUrl: string, entities: EntityList, poolMax = 10): Options {
  return defineConfig({
    clientUrl,
    entities,
    extensions: [Migrator],
    pool: { min: 0, max: poolMax },
    forceUtcTimezone: true,
    migrations: {
      path: path.join(__dirname, "migrations"),
      pathTs: path.join(__dirname, "../../src/db/migrations"),
      glob: "!(*.d).{js,ts}",
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
      emit: "ts",
    },
    discovery: { warnWhenNoEntities: true },
  });
}
