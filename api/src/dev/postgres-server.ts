import { z } from "zod";
import { ensureDatabase, startEmbeddedPostgres } from "./embedded-postgres";

/**
 * `node dist/dev/postgres-server.js`: an embedded PostgreSQL on its own, for tools and fault
 * drills that must stop and restart the database under a running API. Prints
 * `ready <database url>` once it accepts connections; SIGTERM or SIGINT stops it.
 */
const options = z
  .object({
    PG_DATA_DIR: z.string().min(1),
    PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
    PG_DATABASE: z
      .string()
      .regex(/^[a-z_][a-z0-9_]*$/)
      .default("mrs"),
  })
  .parse(process.env);

async function main(): Promise<void> {
  const server = await startEmbeddedPostgres({
    dataDir: options.PG_DATA_DIR,
    port: options.PG_PORT,
    persistent: true,
  });
  const url = await ensureDatabase(server.serverUrl, options.PG_DATABASE);
  const stop = () => {
    server.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  console.log(`ready ${url}`);
}

void main();
