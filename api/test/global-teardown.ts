import pg from "pg";

/** Drops the databases of the run (on a shared server) and stops a server the run started. */
export default async function globalTeardown(): Promise<void> {
  const run = globalThis.__MRS_TEMPLATE__;
  if (run && !globalThis.__MRS_STOP_PG__) {
    const client = new pg.Client({ connectionString: run.serverUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ datname: string }>(
        "select datname from pg_database where datname like $1",
        [`${run.template}%`],
      );
      for (const { datname } of rows) {
        await client.query(`drop database if exists ${pg.escapeIdentifier(datname)} with (force)`);
      }
    } finally {
      await client.end();
    }
  }
  await globalThis.__MRS_STOP_PG__?.();
}
