// Benchmark 2: 2 000 submitClaim calls (one uploaded receipt each) at concurrency 20 against
// the API in its own process, versus the same rows inserted with plain `pg`, one transaction
// per claim, at the same concurrency: with the claim number taken last (the baseline), and
// taken first, to show what that order costs. The API writes a submission with one statement
// (api/src/claims/store-claim.ts), its counter taken after the draft's locks.
//
// Each path first runs BENCH_WARMUP (200) submissions that are not counted: the first requests of
// a fresh process pay for JIT compilation, and each pooled connection's first statements for
// their parsing; without it, the 20 first answers (1 % of 2 000) were the p99. The API's warm-up
// figures are reported beside the table.
//
// BENCH_SUBMISSIONS=n and BENCH_CONCURRENCY=n change the count and the concurrency (exploration
// under load, or the cost of one request alone; the figures are 2 000 at 20).
// BENCH_PROFILE=1 adds, for each phase, what the database sessions were doing, the costliest
// statements, the WAL flushes, and a CPU profile of the API (bench/results/submission.cpuprofile).
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import hdr from "hdr-histogram-js";
import pg from "pg";
import { graphql, nirFor, pool, sharedDocument, startApiProcess } from "./lib/api-process.mjs";
import { benchDatabase } from "./lib/database.mjs";
import { summariseProfile } from "./lib/cpu-summary.mjs";
import { startDatabaseProfile } from "./lib/pg-profile.mjs";
import { ms, ratio, report, table } from "./lib/report.mjs";

const COUNT = Number(process.env.BENCH_SUBMISSIONS ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 200);
const PROFILE = process.env.BENCH_PROFILE === "1";
const CPU_PROFILE = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "results",
  "submission.cpuprofile",
);

const SUBMIT = `mutation Submit($draftId: ID!, $input: ClaimInput!) {
  submitClaim(draftId: $draftId, input: $input) { claim { number } conflicts { date } }
}`;

// A trip two weeks ago: within the claim deadline whatever the day the bench runs.
const TRIP_DATE = new Date(Date.now() - 14 * 86_400_000).toISOString().slice(0, 10);

function input(caisseId, i, attachmentId) {
  return {
    caisseId,
    patient: {
      nir: nirFor(i),
      birthDate: "1968-02-14",
      firstName: "Zoé",
      lastName: "Martin",
      email: `patient.${i}@exemple.fr`,
    },
    prescription: { kind: "EPMT", epmtNumber: "EPMT0000000001" },
    trips: [{ outboundDate: TRIP_DATE, returnDate: TRIP_DATE }],
    vehicle: { distanceKm: 80, tollsCents: 640 },
    attachmentIds: [attachmentId],
    sworn: true,
  };
}

/**
 * Patient i's address, as the reverse proxy in front of the API reports it. The API runs with
 * the production rate limits (a few hundred requests an hour per address): 2 000 submissions in
 * seconds are 2 000 patients, not one address whose counter row every request would queue on.
 */
function clientAddress(i) {
  return `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
}

async function prepare(api, caisseId) {
  const receipt = readFileSync(sharedDocument("receipt-toll.png"));
  const started = performance.now();
  const prepared = await pool(WARMUP + COUNT, CONCURRENCY, async (i) => {
    const address = clientAddress(i);
    const { startClaimDraft: draft } = await graphql(
      api.url,
      "mutation { startClaimDraft { id token } }",
      undefined,
      { "x-forwarded-for": address },
    );
    const form = new FormData();
    form.set("kind", "VP_RECEIPT");
    form.set("file", new Blob([receipt], { type: "image/png" }), "peage.png");
    const upload = await fetch(`${api.url}/uploads`, {
      method: "POST",
      headers: { authorization: `Bearer ${draft.token}`, "x-forwarded-for": address },
      body: form,
    });
    if (upload.status !== 201) throw new Error(`upload ${upload.status}: ${await upload.text()}`);
    const { id } = await upload.json();
    return {
      draft,
      address,
      body: JSON.stringify({
        query: SUBMIT,
        variables: { draftId: draft.id, input: input(caisseId, i, id) },
      }),
    };
  });
  return { prepared, seconds: (performance.now() - started) / 1000 };
}

async function submitAll(api, prepared) {
  let next = 0;
  let stored = 0;
  const histogram = hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 60_000_000 });
  const started = performance.now();
  const instance = autocannon({
    url: `${api.url}/graphql`,
    method: "POST",
    connections: CONCURRENCY,
    amount: prepared.length,
    requests: [
      {
        setupRequest(request) {
          const item = prepared[next++ % prepared.length];
          return {
            ...request,
            headers: {
              "content-type": "application/json",
              authorization: `Bearer ${item.draft.token}`,
              "x-forwarded-for": item.address,
            },
            body: item.body,
          };
        },
        onResponse(status, body) {
          if (status === 200 && JSON.parse(body).data?.submitClaim?.claim) stored += 1;
        },
      },
    ],
  });
  // Timed to the last answer: autocannon resolves at its next once-a-second tick, which made
  // every run last a whole number of seconds (2 000 in 5 s: always "399 claims/s").
  let last = started;
  instance.on("response", (_c, _s, _b, time) => {
    last = performance.now();
    histogram.recordValue(Math.max(1, Math.round(time * 1000)));
  });
  await instance;
  const seconds = (last - started) / 1000;
  return summary(histogram, stored, seconds);
}

function summary(histogram, stored, seconds) {
  const at = (q) => histogram.getValueAtPercentile(q) / 1000;
  return {
    stored,
    seconds,
    perSecond: stored / seconds,
    p50: at(50),
    p95: at(95),
    p99: at(99),
    max: histogram.maxValue / 1000,
  };
}

/**
 * The rows one submission writes, inserted directly: the floor our API is compared with.
 * `numberLast` false: the claim number is taken first, so its counter row stays locked for the
 * whole transaction; true: the claim is inserted with a provisional number and numbered by the
 * last statement (claim-number.ts, as the demo seeding does).
 * Each variant numbers its own day and patients, so that they can run one after the other.
 * Rows `from` to `from + count - 1` (the warm-up takes those after the timed ones).
 */
async function baseline(db, caisseId, { numberLast, from, count }) {
  const day = numberLast ? "2099-01-02" : "2099-01-01";
  const birthDate = numberLast ? "1968-02-15" : "1968-02-14";
  const histogram = hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 60_000_000 });
  const started = performance.now();
  const nextNumber = async (client) => {
    const { rows } = await client.query(
      `insert into claim_number_day (day, last) values ($1, 0)
       on conflict (day) do update set last = claim_number_day.last + 1 returning last`,
      [day],
    );
    return `${day.replaceAll("-", "")}${String(rows[0].last).padStart(4, "0")}`;
  };
  await pool(count, CONCURRENCY, async (n) => {
    const i = from + n;
    const t0 = performance.now();
    const client = await db.connect();
    try {
      await client.query("begin");
      const draftId = randomUUID();
      await client.query(
        "insert into claim_draft (id, token_hash, expires_at) values ($1, $2, now() + interval '1 day')",
        [draftId, createHash("sha256").update(randomUUID()).digest("hex")],
      );
      const attachmentId = randomUUID();
      await client.query(
        `insert into attachment (id, draft_id, kind, file_name, content_type, size_bytes, sha256, storage_key)
         values ($1, $2, 'VP_RECEIPT', 'peage.png', 'image/png', 20000, $3, $4)`,
        [attachmentId, draftId, "0".repeat(64), `bench/${attachmentId}`],
      );
      const patientId = randomUUID();
      await client.query(
        `insert into patient (id, nir, nir_key, birth_date, first_name, first_name_key, last_name, email)
         values ($1, $2, $3, $4, 'Zoé', 'zoe', 'Martin', $5)`,
        [
          patientId,
          `2${nirFor(i).slice(1, 13)}`,
          nirFor(i).slice(13),
          birthDate,
          `base.${i}@exemple.fr`,
        ],
      );
      const provisional = `\u{E000}${randomBytes(8).toString("base64url")}`;
      const number = numberLast ? provisional : await nextNumber(client);
      const claimId = randomUUID();
      await client.query(
        `insert into claim (id, number, caisse_id, patient_id, prescription_kind, epmt_number,
           uses_vehicle, uses_public_transport, distance_km, tolls_cents, submitted_at, snapshot,
           personal_token_hash, personal_link_expires_at)
         values ($1, $2, $3, $4, 'EPMT', 'EPMT0000000001', true, false, 80, 640, now(), $5, $6,
           now() + interval '365 days')`,
        [
          claimId,
          number,
          caisseId,
          patientId,
          JSON.stringify(input(caisseId, i, attachmentId)),
          "0".repeat(64),
        ],
      );
      await client.query(
        "insert into trip (id, claim_id, position, outbound_date, return_date) values ($1, $2, 0, $3, $3)",
        [randomUUID(), claimId, TRIP_DATE],
      );
      await client.query("update attachment set claim_id = $1 where id = $2", [
        claimId,
        attachmentId,
      ]);
      await client.query("update claim_draft set claim_id = $1 where id = $2", [claimId, draftId]);
      await client.query(
        "insert into claim_event (claim_id, at, type, actor_type) values ($1, now(), 'SUBMITTED', 'PATIENT')",
        [claimId],
      );
      const emailId = randomUUID();
      await client.query(
        `insert into outbox_email (id, kind, claim_id, recipient, subject, body)
         values ($1, 'ACKNOWLEDGEMENT', $2, $3, $4, 'Bonjour')`,
        [emailId, claimId, `base.${i}@exemple.fr`, `Demande n° ${number} reçue`],
      );
      if (numberLast) {
        // The statement of claim-number.ts, capacity check left out.
        await client.query(
          `with counter as (
             insert into claim_number_day (day, last) values ($1, 0)
             on conflict (day) do update set last = claim_number_day.last + 1
             returning last
           ), numbered as (
             update claim set number = $2 || lpad(counter.last::text, 4, '0')
               from counter where claim.id = $3 and claim.number = $4
             returning claim.number
           )
           update outbox_email set subject = replace(subject, $4, numbered.number)
             from numbered where outbox_email.id = $5`,
          [day, day.replaceAll("-", ""), claimId, provisional, emailId],
        );
      }
      await client.query("commit");
    } catch (error) {
      await client.query("rollback");
      throw error;
    } finally {
      client.release();
    }
    histogram.recordValue(Math.max(1, Math.round((performance.now() - t0) * 1000)));
  });
  const seconds = (performance.now() - started) / 1000;
  return summary(histogram, count, seconds);
}

/** One plain-pg variant: its own pool, warmed up, then timed. */
async function plainPg(databaseUrl, caisseId, numberLast, watch) {
  const db = new pg.Pool({
    connectionString: databaseUrl,
    max: CONCURRENCY,
    application_name: `mrs-bench-plain-pg-number-${numberLast ? "last" : "first"}`,
  });
  try {
    await baseline(db, caisseId, { numberLast, from: COUNT, count: WARMUP });
    return await watch(() => baseline(db, caisseId, { numberLast, from: 0, count: COUNT }));
  } finally {
    await db.end();
  }
}

/**
 * Runs `phase` with the database (and, for the API, its process) watched: CPU per claim
 * always, and with BENCH_PROFILE the sessions' states, statements and a CPU profile.
 */
async function watched(databaseUrl, processCpuMs, phase) {
  const database = await startDatabaseProfile(databaseUrl, { detailed: PROFILE });
  const load = os.loadavg()[0];
  const cpuBefore = processCpuMs();
  const result = await phase();
  const cpu = processCpuMs() - cpuBefore;
  const { text, backendMs, statements } = await database.stop();
  return {
    ...result,
    load: `${load.toFixed(1)} → ${os.loadavg()[0].toFixed(1)}`,
    cpuPerClaim: cpu / result.stored,
    pgCpuPerClaim: backendMs / result.stored,
    statementsPerClaim: statements === null ? null : statements / result.stored,
    profile: text,
  };
}

export async function run() {
  const db = await benchDatabase();
  rmSync(CPU_PROFILE, { force: true });
  const api = await startApiProcess(
    db.url,
    // Sessions named after their side, for the server's logs (log_line_prefix %a).
    {
      OUTBOX_POLL_MS: "3600000",
      PGAPPNAME: "mrs-bench-api",
      // The production limits (api/src/config/config.ts): each patient has an address.
      RATE_LIMIT_DRAFTS_PER_HOUR: "60",
      RATE_LIMIT_SUBMISSIONS_PER_HOUR: "120",
      RATE_LIMIT_UPLOADS_PER_HOUR: "600",
    },
    PROFILE ? { cpuProfile: CPU_PROFILE } : {},
  );
  try {
    const { caisses } = await graphql(api.url, "{ caisses { id number } }");
    const caisseId = caisses.find((c) => c.number === "311").id;
    const { prepared, seconds: prepSeconds } = await prepare(api, caisseId);
    const warmup = WARMUP > 0 ? await submitAll(api, prepared.slice(0, WARMUP)) : null;
    const stopCpuProfile = PROFILE ? api.cpuProfile() : null;
    const ours = await watched(db.url, api.cpuMs, () => submitAll(api, prepared.slice(WARMUP)));
    await stopCpuProfile?.();
    const clientCpuMs = () => {
      const { user, system } = process.cpuUsage();
      return (user + system) / 1000;
    };
    const watch = (phase) => watched(db.url, clientCpuMs, phase);
    const firstNumbered = await plainPg(db.url, caisseId, false, watch);
    const base = await plainPg(db.url, caisseId, true, watch);
    const row = (name, r, vs) => [
      name,
      r.stored,
      r.perSecond.toFixed(0),
      ms(r.p50),
      ms(r.p95),
      ms(r.p99),
      vs,
      `${r.cpuPerClaim.toFixed(1)} ms`,
      `${r.pgCpuPerClaim.toFixed(1)} ms`,
      r.statementsPerClaim === null ? "–" : r.statementsPerClaim.toFixed(1),
      r.load,
    ];
    const rows = [
      row(
        "plain pg, number taken first",
        firstNumbered,
        ratio(firstNumbered.perSecond / base.perSecond),
      ),
      row("plain pg, number taken last (baseline)", base, "1.00×"),
      row("submitClaim through our API", ours, ratio(ours.perSecond / base.perSecond)),
    ];
    const headers = [
      "path",
      "claims stored",
      "claims/s",
      "p50",
      "p95",
      "p99",
      "throughput vs plain pg",
      "client CPU / claim",
      "PostgreSQL CPU / claim",
      "SQL statements / claim",
      "load (1 min)",
    ];
    const profiles = PROFILE
      ? `\n\n### Database during submitClaim\n\n${ours.profile}` +
        `\n\n### Database during plain pg, number first\n\n${firstNumbered.profile}` +
        `\n\n### Database during plain pg, number last\n\n${base.profile}` +
        `\n\n### API process during submitClaim\n\n` +
        summariseProfile(JSON.parse(readFileSync(CPU_PROFILE, "utf8"))).text
      : `\n\n${ours.profile}`;
    report(
      "submission",
      `2. Submission: ${COUNT} claims, one receipt each, concurrency ${CONCURRENCY}`,
      `${table(headers, rows)}\n\n` +
        "Plain pg: the same rows, one transaction per claim, at the same concurrency. " +
        "Client CPU: the API process for submitClaim, the bench process (pg client) for plain pg.\n\n" +
        `Preparation (draft + upload of receipt-toll.png, not timed above): ${prepSeconds.toFixed(1)} s for ${WARMUP + COUNT}.\n\n` +
        (warmup
          ? `Warm-up, not counted above (each path runs ${WARMUP} first): the fresh API process's ` +
            `first ${WARMUP} submissions, ${warmup.stored} stored, p50 ${ms(warmup.p50)}, ` +
            `p99 ${ms(warmup.p99)}, slowest ${ms(warmup.max)}.\n\n`
          : "No warm-up (BENCH_WARMUP=0): the figures include a fresh process's first requests.\n\n") +
        // Met only if every submission stored its claim: fast refusals are no success.
        `Target p99 < 100 ms: **${ours.p99 < 100 && ours.stored === COUNT ? "met" : "missed"}** ` +
        `(${ms(ours.p99)}, ${ours.stored} of ${COUNT} claims stored).` +
        profiles,
    );
  } finally {
    await api.stop();
    await db.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
