import "reflect-metadata";
import pg from "pg";
import { migrate, openDatabase } from "../src/db/orm";
import { entities } from "../src/app/entities";
import { seedCaisses } from "../src/caisses/seed-caisses";

let workerUrl: Promise<string> | undefined;

// Serialises template preparation across workers.
const TEMPLATE_LOCK = 72_450_002;

/**
 * This jest worker's own database, cloned from the migrated template on first use.
 * Test files of one worker share it: tests build their own rows (factories) and never
 * rely on another test's data.
 */
export function workerDatabaseUrl(): Promise<string> {
  workerUrl ??= cloneTemplate();
  return workerUrl;
}

function withPath(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * A database of its own for a test file whose subject is the whole database (the demo seed
 * covers "every active caisse"), cloned afresh from the template: what other files of the
 * worker left (their caisses, a purge of their closed claims) cannot reach it. Dropped with
 * the others at the end of the run (global-teardown).
 */
export function ownDatabaseUrl(label: string): Promise<string> {
  return cloneTemplate(`_${label}`, true);
}

async function cloneTemplate(suffix = "", fresh = false): Promise<string> {
  const serverUrl = process.env.MRS_TEST_SERVER_URL;
  const template = process.env.MRS_TEST_TEMPLATE;
  if (!serverUrl || !template) throw new Error("jest globalSetup did not prepare a database");
  const name = `${template}${suffix}_w${process.env.JEST_WORKER_ID ?? "1"}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [TEMPLATE_LOCK]);
    await prepareTemplate(withPath(serverUrl, template));
    if (fresh) await client.query(`drop database if exists ${pg.escapeIdentifier(name)}`);
    const found = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (found.rowCount === 0) {
      await client.query(
        `create database ${pg.escapeIdentifier(name)} template ${pg.escapeIdentifier(template)}`,
      );
    }
  } finally {
    await client.query("select pg_advisory_unlock($1)", [TEMPLATE_LOCK]);
    await client.end();
  }
  return withPath(serverUrl, name);
}

/** Migrates and seeds the template once per run (later calls find it ready). */
async function prepareTemplate(url: string): Promise<void> {
  const orm = await openDatabase(url, entities, 1);
  try {
    await migrate(orm);
    await seedCaisses(orm.em.fork());
  } finally {
    await orm.close(true);
  }
}
