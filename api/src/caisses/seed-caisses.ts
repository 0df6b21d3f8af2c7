import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import type { EntityManager } from "@mikro-orm/postgresql";

interface CaisseRow {
  number: string;
  code: string;
  name: string;
  region: string;
  active: string;
  processing_email: string;
}

// Read from the sources in both src/caisses and dist/caisses: tsc does not copy data files.
// Beside this module: the build copies the file into dist/ with the compiled code.
const DATA_FILE = path.join(__dirname, "caisses.csv");

export function readCaisseFile(file = DATA_FILE): CaisseRow[] {
  return parse(readFileSync(file, "utf8"), {
    delimiter: ";",
    comment: "#",
    columns: true,
    skip_empty_lines: true,
    trim: true,
  }) as CaisseRow[];
}

/**
 * Inserts the reference caisses, idempotently. Reference fields (code, name, region) follow
 * the file; what an administrator may change later (active flag, mailbox, options) is set
 * only when the caisse is first created.
 */
export async function seedCaisses(em: EntityManager, file = DATA_FILE): Promise<number> {
  const rows = readCaisseFile(file);
  const values = rows.flatMap((r) => [
    r.number,
    r.code,
    r.name,
    r.region,
    r.active === "1",
    r.processing_email,
  ]);
  const placeholders = rows
    .map(() => "(gen_random_uuid(), ?, ?, ?, array[?]::text[], ?, ?)")
    .join(", ");
  await em.getConnection().execute(
    `insert into caisse (id, number, code, name, regions, active, processing_email)
     values ${placeholders}
     on conflict (number) do update
       set code = excluded.code, name = excluded.name, regions = excluded.regions,
           updated_at = now()
       where (caisse.code, caisse.name, caisse.regions)
         is distinct from (excluded.code, excluded.name, excluded.regions)`,
    values,
  );
  return rows.length;
}
