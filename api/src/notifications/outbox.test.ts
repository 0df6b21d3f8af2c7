import { readdir, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { claimInput, createCaisse, FROZEN_NOW, startDraft, submit } from "../../test/factories";
import { ownDatabaseUrl } from "../../test/database";
import { eventually, freePort, startSmtpServer } from "../../test/smtp";
import { startTestApi, type TestApi } from "../../test/test-api";
import { OutboxEmail } from "./outbox-email.entity";

const FAST = { OUTBOX_POLL_MS: "100", OUTBOX_RETRY_BASE_MS: "200" };

// The worker sends whatever is due in the whole outbox, oldest first: on the database the
// worker's other test files share, the e-mails their APIs left unsent (BACKGROUND_JOBS=false)
// came first, and with a few hundred of them this file's e-mails waited past its patience.
let databaseUrl: string;
beforeAll(async () => {
  databaseUrl = await ownDatabaseUrl("outbox");
});

async function submitFor(api: TestApi, email: string) {
  const caisse = await createCaisse(api);
  const input = claimInput(caisse.id, { patient: { ...claimInput(caisse.id).patient, email } });
  const { body } = await submit(api, await startDraft(api), input);
  const result = body.data?.submitClaim;
  if (!result?.claim) throw new Error(JSON.stringify(body.errors));
  return { claim: result.claim, link: result.followUpUrl ?? "", caisse };
}

describe("e-mail outbox", () => {
  it("stores the claim while SMTP is down and delivers the e-mail once it is back", async () => {
    const port = await freePort();
    const smtp = await startSmtpServer(port, { refusing: true });
    const api = await startTestApi(
      { ...FAST, DATABASE_URL: databaseUrl, SMTP_URL: `smtp://127.0.0.1:${port}` },
      () => FROZEN_NOW,
    );
    try {
      const { claim, link, caisse } = await submitFor(api, "panne.smtp@exemple.fr");
      expect(claim.status).toBe("SUBMITTED");
      const em = api.orm.em.fork();
      const refused = await eventually(async () => {
        const row = await em.findOneOrFail(OutboxEmail, { claimId: claim.id }, { refresh: true });
        return row.attempts > 0 ? row : undefined;
      });
      expect(refused.sentAt).toBeNull();
      expect(refused.lastError).toBeTruthy();
      expect(smtp.received).toHaveLength(0);

      smtp.accept();
      // The failed attempts pushed the next one back exponentially (200 ms, 400 ms, …); on a
      // busy machine enough of them may have run to put it past this test's patience. The
      // backoff itself is not what is tested here: let it have elapsed.
      await em.nativeUpdate(OutboxEmail, { claimId: claim.id }, { nextAttemptAt: new Date() });
      const mail = await eventually(() =>
        smtp.received.find((m) => m.to.includes("panne.smtp@exemple.fr")),
      );
      expect(mail.text).toContain(claim.number);
      expect(mail.text).toContain(`Reply-To: ${caisse.processingEmail}`);
      expect(mail.text).toContain(link);
      expect(mail.text).toContain(`${link}#annuler`);
      expect(mail.text).toContain("bien été");
      // The worker commits right after the SMTP server has answered.
      const sent = await eventually(async () => {
        const row = await em.findOneOrFail(OutboxEmail, { claimId: claim.id }, { refresh: true });
        return row.sentAt ?? undefined;
      });
      expect(sent).toBeInstanceOf(Date);
    } finally {
      await api.stop();
      await smtp.stop();
    }
  });

  it("sends each e-mail exactly once when two API processes share the outbox", async () => {
    const port = await freePort();
    const smtp = await startSmtpServer(port);
    const env = { ...FAST, DATABASE_URL: databaseUrl, SMTP_URL: `smtp://127.0.0.1:${port}` };
    const [first, second] = await Promise.all([startTestApi(env), startTestApi(env)]);
    try {
      const em = first.orm.em.fork();
      const recipients = Array.from({ length: 30 }, (_, i) => `unique.${i}.${port}@exemple.fr`);
      for (const recipient of recipients) {
        em.create(OutboxEmail, { kind: "TEST", recipient, subject: "Test", body: "Bonjour" });
      }
      await em.flush();
      await eventually(() =>
        recipients.every((r) => smtp.received.some((m) => m.to.includes(r))) ? true : undefined,
      );
      await new Promise((resolve) => setTimeout(resolve, 500));
      for (const recipient of recipients) {
        expect(smtp.received.filter((m) => m.to.includes(recipient))).toHaveLength(1);
      }
    } finally {
      await Promise.all([first.stop(), second.stop()]);
      await smtp.stop();
    }
  });

  it("writes .eml files in OUTBOX_DIR when no SMTP server is configured", async () => {
    const folder = path.join(os.tmpdir(), `mrs-eml-${process.pid}-${Date.now()}`);
    const api = await startTestApi(
      { ...FAST, DATABASE_URL: databaseUrl, OUTBOX_DIR: folder },
      () => FROZEN_NOW,
    );
    try {
      const { claim } = await submitFor(api, "developpeuse@exemple.fr");
      const row = await api.orm.em.fork().findOneOrFail(OutboxEmail, { claimId: claim.id });
      const file = await eventually(async () => {
        const names = await readdir(folder).catch((): string[] => []);
        return names.includes(`${row.id}.eml`) ? path.join(folder, `${row.id}.eml`) : undefined;
      });
      const eml = await readFile(file, "utf8");
      expect(eml).toContain("To: developpeuse@exemple.fr");
      expect(eml).toContain(claim.number);
    } finally {
      await api.stop();
    }
  });
});
