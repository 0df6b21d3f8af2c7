import { randomUUID } from "node:crypto";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../src/dev/embedded-postgres";

/**
 * Picks the PostgreSQL of the whole run, once: DATABASE_URL when set, else a Testcontainers
 * PostgreSQL when a Docker engine answers, else embedded-postgres. It creates an empty
 * template database; the first worker migrates it and every worker clones its own database
 * from it (test/database.ts).
 *
 * Nothing here loads the ORM or reflect-metadata: this module runs in jest's outer realm, and
 * reflect-metadata's registry (keyed by Symbol.for) would then leak into the test realms.
 */
export default async function globalSetup(): Promise<void> {
  let serverUrl: string;
  if (process.env.DATABASE_URL) {
    serverUrl = process.env.DATABASE_URL;
  } else {
    if (await dockerAnswers()) {
      const { PostgreSqlContainer } = await import("@testcontainers/postgresql");
      const container = await new PostgreSqlContainer("postgres:15-alpine").start();
      serverUrl = container.getConnectionUri();
      globalThis.__MRS_STOP_PG__ = async () => void (await container.stop());
    } else {
      const db = await startEmbeddedPostgres({
        dataDir: path.join(os.tmpdir(), `mrs-test-pg-${process.pid}`),
        port: 55000 + (process.pid % 1000),
        persistent: false,
      });
      serverUrl = db.serverUrl;
      globalThis.__MRS_STOP_PG__ = db.stop;
    }
  }
  const template = `mrs_tpl_${randomUUID().slice(0, 8)}`;
  await createDatabase(serverUrl, template);
  process.env.MRS_TEST_SERVER_URL = serverUrl;
  process.env.MRS_TEST_TEMPLATE = template;
  globalThis.__MRS_TEMPLATE__ = { serverUrl, template };
}

async function dockerAnswers(): Promise<boolean> {
  try {
    const { getContainerRuntimeClient } = await import("testcontainers");
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

export async function createDatabase(serverUrl: string, name: string, template?: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const from = template ? ` template ${pg.escapeIdentifier(template)}` : "";
    await client.query(`create database ${pg.escapeIdentifier(name)}${from}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

declare global {
  var __MRS_STOP_PG__: (() => Promise<void>) | undefined;
  var __MRS_TEMPLATE__: { serverUrl: string; template: string } | undefined;
}
