import type { MikroORM } from "@mikro-orm/postgresql";
import type { Config } from "../config/config";
import type { Logger } from "../logging/logger";
import type { Mailer } from "./mailer";
import { OutboxEmail } from "./outbox-email.entity";

const BATCH = 10;
const MAX_DELAY_MS = 60 * 60 * 1000;

/**
 * Sends due e-mails of the outbox, once. Rows are claimed with FOR UPDATE SKIP LOCKED, so
 * several API processes share the queue without sending an e-mail twice; a failed send is
 * retried later with exponential backoff, until OUTBOX_MAX_ATTEMPTS. Returns true when a
 * full batch was handled (more may be waiting).
 */
export async function sendDueEmails(
  orm: MikroORM,
  mailer: Mailer,
  config: Config,
  logger: Logger,
): Promise<boolean> {
  return orm.em.fork().transactional(async (tx) => {
    const due = await tx.execute<{ id: string }[]>(
      `select id from outbox_email
        where sent_at is null and failed_at is null and next_attempt_at <= now()
        order by next_attempt_at
        limit ? for update skip locked`,
      [BATCH],
    );
    if (due.length === 0) return false;
    const emails = await tx.find(OutboxEmail, { id: { $in: due.map((row) => row.id) } });
    for (const email of emails) {
      try {
        await mailer.send({
          id: email.id,
          to: email.recipient,
          replyTo: email.replyTo,
          subject: email.subject,
          text: email.body,
        });
        email.sentAt = new Date();
        email.attempts += 1;
        logger.info({ emailId: email.id, kind: email.kind }, "e-mail sent");
      } catch (error) {
        recordFailure(email, error, config);
        logger.warn(
          {
            emailId: email.id,
            kind: email.kind,
            attempts: email.attempts,
            reason: email.lastError,
          },
          email.failedAt ? "e-mail abandoned" : "e-mail will be retried",
        );
      }
    }
    return due.length === BATCH;
  });
}

function recordFailure(email: OutboxEmail, error: unknown, config: Config): void {
  email.attempts += 1;
  // Only a technical code: an SMTP error message may quote the recipient's address.
  const code =
    typeof error === "object" && error && "code" in error ? String(error.code) : "SEND_FAILED";
  email.lastError = code.slice(0, 200);
  if (email.attempts >= config.OUTBOX_MAX_ATTEMPTS) {
    email.failedAt = new Date();
    return;
  }
  const delay = Math.min(config.OUTBOX_RETRY_BASE_MS * 2 ** (email.attempts - 1), MAX_DELAY_MS);
  email.nextAttemptAt = new Date(Date.now() + delay);
}
