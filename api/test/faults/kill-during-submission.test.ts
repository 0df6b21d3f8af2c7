import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { workerDatabaseUrl } from "../database";
import { claimInput } from "../factories";
import { sharedFixture } from "../fixtures";
import { spawnBuilt, type Spawned } from "../processes";
import { freePort } from "../smtp";

// Fault drill: the API process is killed (SIGKILL) in the middle of 200 concurrent
// submissions, then restarted. A success answer promises a whole claim; nothing may exist
// half; retrying an unanswered submission with the same draft never makes a second claim.
jest.setTimeout(180_000);

const COUNT = 200;
const receipt = readFileSync(sharedFixture("documents", "receipt-toll.png"));

interface Prepared {
  draftId: string;
  token: string;
  body: string;
}

async function startApiProcess(databaseUrl: string, port: number): Promise<Spawned> {
  const api = spawnBuilt(
    "main.js",
    {
      NODE_ENV: "test",
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: "info",
      STORAGE_DIR: path.join(os.tmpdir(), `mrs-kill-${process.pid}`, "uploads"),
      OUTBOX_DIR: path.join(os.tmpdir(), `mrs-kill-${process.pid}`, "outbox"),
      BACKGROUND_JOBS: "false", // the outbox rows must stay visible to this test
      RATE_LIMIT_DRAFTS_PER_HOUR: "100000",
      RATE_LIMIT_SUBMISSIONS_PER_HOUR: "100000",
      RATE_LIMIT_UPLOADS_PER_HOUR: "100000",
    },
    /"api listening"/,
  );
  await api.ready;
  return api;
}

async function call(url: string, body: string, token?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body,
  });
  return (await response.json()) as {
    data?: { submitClaim?: { claim: { id: string } | null } } & Record<string, unknown>;
    errors?: unknown[];
  };
}

async function prepare(url: string, caisseId: string): Promise<Prepared[]> {
  const prepared: Prepared[] = [];
  for (let i = 0; i < COUNT; i += 1) {
    const started = await call(
      url,
      JSON.stringify({ query: "mutation { startClaimDraft { id token } }" }),
    );
    const draft = started.data?.startClaimDraft as { id: string; token: string };
    const form = new FormData();
    form.set("kind", "VP_RECEIPT");
    form.set("file", new Blob([new Uint8Array(receipt)]), "peage.png");
    const uploaded = await fetch(`${url}/uploads`, {
      method: "POST",
      headers: { authorization: `Bearer ${draft.token}` },
      body: form,
    });
    const { id } = (await uploaded.json()) as { id: string };
    const input = claimInput(caisseId, {
      vehicle: { distanceKm: 80, tollsCents: 640 },
      attachmentIds: [id],
      trips: [{ outboundDate: "2026-11-20", returnDate: "2026-11-20" }],
    });
    const query = `mutation($draftId: ID!, $input: ClaimInput!) {
      submitClaim(draftId: $draftId, input: $input) { claim { id } } }`;
    prepared.push({
      draftId: draft.id,
      token: draft.token,
      body: JSON.stringify({ query, variables: { draftId: draft.id, input } }),
    });
  }
  return prepared;
}

it("loses no acknowledged claim and stores none half when the API is killed", async () => {
  const databaseUrl = await workerDatabaseUrl();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let api = await startApiProcess(databaseUrl, port);
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const caisse = await db.query<{ id: string }>("select id from caisse where number = '311'");
    const prepared = await prepare(url, caisse.rows[0]?.id ?? "");

    // Fire all 200 at once and kill the process once a few have been answered.
    const answered = new Map<string, string>(); // draftId → claim id, for success answers
    let answers = 0;
    const submissions = prepared.map(async (item) => {
      try {
        const result = await call(url, item.body, item.token);
        answers += 1;
        const claim = result.data?.submitClaim?.claim;
        if (claim) answered.set(item.draftId, claim.id);
      } catch {
        // connection reset by the kill: unanswered
      }
    });
    while (answers < 20) await new Promise((resolve) => setTimeout(resolve, 5));
    await api.stop("SIGKILL");
    await Promise.all(submissions);
    expect(answered.size).toBeGreaterThan(0);
    expect(answered.size).toBeLessThan(COUNT);

    // Every acknowledged claim exists whole.
    for (const claimId of answered.values()) {
      const { rows } = await db.query<{
        trips: number;
        files: number;
        events: number;
        mails: number;
      }>(
        `select (select count(*)::int from trip where claim_id = $1) as trips,
                (select count(*)::int from attachment where claim_id = $1) as files,
                (select count(*)::int from claim_event where claim_id = $1 and type = 'SUBMITTED') as events,
                (select count(*)::int from outbox_email where claim_id = $1) as mails`,
        [claimId],
      );
      expect(rows[0]).toEqual({ trips: 1, files: 1, events: 1, mails: 1 });
    }
    // No claim of the run exists half (whatever was answered).
    const half = await db.query(
      `select c.id from claim c join claim_draft d on d.claim_id = c.id
        where d.id = any($1::uuid[]) and (
          not exists (select 1 from trip t where t.claim_id = c.id)
          or not exists (select 1 from attachment a where a.claim_id = c.id)
          or not exists (select 1 from claim_event e where e.claim_id = c.id)
          or not exists (select 1 from outbox_email o where o.claim_id = c.id))`,
      [prepared.map((p) => p.draftId)],
    );
    expect(half.rows).toEqual([]);

    // Restarted, the API takes every retry, and a draft never yields a second claim.
    api = await startApiProcess(databaseUrl, port);
    for (const item of prepared) {
      const result = await call(url, item.body, item.token);
      const claim = result.data?.submitClaim?.claim;
      expect(claim).toBeTruthy();
      const before = answered.get(item.draftId);
      if (before) expect(claim?.id).toBe(before);
    }
    const perDraft = await db.query<{ claims: number }>(
      `select count(c.id)::int as claims from claim_draft d left join claim c on c.id = d.claim_id
        where d.id = any($1::uuid[]) group by d.id`,
      [prepared.map((p) => p.draftId)],
    );
    expect(perDraft.rows).toHaveLength(COUNT);
    expect(perDraft.rows.every((row) => row.claims === 1)).toBe(true);
    // Each draft carries its own patient: a duplicate claim, even one no draft points to,
    // would show as a second claim of that patient.
    const nirs = prepared.map((p) =>
      (
        JSON.parse(p.body) as { variables: { input: { patient: { nir: string } } } }
      ).variables.input.patient.nir.slice(0, 13),
    );
    const perPatient = await db.query<{ claims: number }>(
      `select count(c.id)::int as claims from patient p join claim c on c.patient_id = p.id
        where p.nir = any($1::text[]) group by p.id`,
      [nirs],
    );
    expect(perPatient.rows).toHaveLength(COUNT);
    expect(perPatient.rows.every((row) => row.claims === 1)).toBe(true);
  } finally {
    await api.stop();
    await db.end();
  }
});
