// Bulk seed for the queue benchmark: N claims over every caisse and five years, with their
// patients, trips, attachments and events, in a few set-based statements (generate_series),
// then ANALYZE. No personal data: every name and number is synthetic.
import pg from "pg";

export async function seedClaims(databaseUrl, total, log = console.log) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const step = async (label, sql) => {
    const started = performance.now();
    await db.query(sql);
    log(`  ${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  };
  try {
    const patients = Math.max(1, Math.floor(total / 5));
    await db.query("set synchronous_commit = off");
    await step(
      `${patients} patients`,
      `insert into patient (id, nir, nir_key, birth_date, first_name, first_name_key, last_name,
         email)
       select gen_random_uuid(), '1' || lpad((600000000000 + g)::text, 12, '0'),
              lpad((97 - (('1' || lpad((600000000000 + g)::text, 12, '0'))::numeric % 97))::text, 2, '0'),
              date '1940-01-01' + (g % 25000), 'Prénom' || (g % 997), 'prenom' || (g % 997),
              'Nom' || g, 'patient' || g || '@exemple.fr'
         from generate_series(1, ${patients}) g`,
    );
    await step(
      `${total} claims`,
      `with p as (select id, row_number() over (order by id) as n from patient),
            c as (select id, row_number() over (order by number) as n from caisse)
       insert into claim (id, number, caisse_id, patient_id, status, prescription_kind,
         epmt_number, uses_vehicle, uses_public_transport, distance_km, tolls_cents,
         submitted_at, snapshot, personal_token_hash, personal_link_expires_at, version)
       select gen_random_uuid(),
              to_char(ts, 'YYYYMMDD') || lpad((g % 10000)::text, 4, '0') || '',
              c.id, p.id,
              (array['SUBMITTED','IN_PROGRESS','VALIDATED','REJECTED','CANCELLED'])[1 + g % 5],
              'EPMT', 'EPMT0000000001', true, false, 10 + g % 200, 0, ts, '{}'::jsonb,
              md5(g::text) || md5(g::text), ts + interval '365 days', 1
         from (select g, timestamptz '2021-12-03' + (g * (interval '5 years' / ${total})) as ts
                 from generate_series(1, ${total}) g) s
         join p on p.n = 1 + (s.g % ${patients})
         join c on c.n = 1 + (s.g % (select count(*) from caisse))`,
    );
    await step(
      "trips",
      `insert into trip (id, claim_id, position, outbound_date, return_date)
       select gen_random_uuid(), id, 0, (submitted_at at time zone 'Europe/Paris')::date - 3,
              (submitted_at at time zone 'Europe/Paris')::date - 3 from claim`,
    );
    await step(
      "drafts and attachments",
      `with d as (
         insert into claim_draft (id, token_hash, expires_at, claim_id)
         select gen_random_uuid(), md5(id::text) || md5(id::text), submitted_at, id from claim
         returning id, claim_id)
       insert into attachment (id, draft_id, claim_id, kind, file_name, content_type, size_bytes,
         sha256, storage_key)
       select gen_random_uuid(), d.id, d.claim_id, 'PRESCRIPTION', 'ordonnance.jpg', 'image/jpeg',
              250000, md5(d.id::text) || md5(d.id::text), 'bench/' || d.id from d`,
    );
    await step(
      "events",
      `insert into claim_event (claim_id, at, type, actor_type)
       select id, submitted_at, 'SUBMITTED', 'PATIENT' from claim`,
    );
    // A bulk load leaves the visibility map unset until autovacuum passes; a live table has had
    // that pass, so index-only scans (the queue's bounded count) skip the heap. Measure that
    // steady state, not the minutes right after a million-row insert.
    await step("vacuum and analyze", "vacuum (analyze)");
  } finally {
    await db.end();
  }
}
