import { randomUUID } from "node:crypto";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { ownDatabaseUrl } from "../database";
import { spawnBuilt, type Spawned } from "../processes";
import { freePort, startSmtpServer } from "../smtp";

// Fault drill: two API processes share one database and one outbox. Each e-mail leaves once.
jest.setTimeout(120_000);

const MAILS = 60;

async function startApiProcess(databaseUrl: string, smtpPort: number): Promise<Spawned> {
  const api = spawnBuilt(
    "main.js",
    {
      NODE_ENV: "test",
      PORT: String(await freePort()),
      DATABASE_URL: databaseUrl,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      OUTBOX_POLL_MS: "50",
      STORAGE_DIR: path.join(os.tmpdir(), `mrs-two-${process.pid}`),
    },
    /"api listening"/,
  );
  await api.ready;
  return api;
}

it("sends each outbox e-mail exactly once with two API processes", async () => {
  // Its own: the outbox of the worker's shared database holds what other files left unsent.
  const databaseUrl = await ownDatabaseUrl("two-outbox");
  const smtpPort = await freePort();
  const smtp = await startSmtpServer(smtpPort);
  const apis = await Promise.all([
    startApiProcess(databaseUrl, smtpPort),
    startApiProcess(databaseUrl, smtpPort),
  ]);
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const run = randomUUID().slice(0, 8);
    const recipients = Array.from({ length: MAILS }, (_, i) => `drill.${run}.${i}@exemple.fr`);
    for (const recipient of recipients) {
      await db.query(
        `insert into outbox_email (id, kind, recipient, subject, body)
         values ($1, 'TEST', $2, 'Essai', 'Bonjour')`,
        [randomUUID(), recipient],
      );
    }
    const deadline = Date.now() + 60_000;
    const delivered = () => recipients.filter((r) => smtp.received.some((m) => m.to.includes(r)));
    while (delivered().length < MAILS && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000)); // room for a duplicate
    for (const recipient of recipients) {
      expect(smtp.received.filter((m) => m.to.includes(recipient))).toHaveLength(1);
    }
    const { rows } = await db.query<{ unsent: number }>(
      "select count(*)::int as unsent from outbox_email where recipient like $1 and sent_at is null",
      [`drill.${run}.%`],
    );
    expect(rows[0]?.unsent).toBe(0);
  } finally {
    await Promise.all(apis.map((api) => api.stop()));
    await db.end();
    await smtp.stop();
  }
});
