import type { EntityManager } from "@mikro-orm/postgresql";
import { OutboxEmail } from "./outbox-email.entity";
import type { EmailContent } from "./templates";

export interface EmailToSend extends EmailContent {
  kind: string;
  recipient: string;
  replyTo: string | null;
  claimId: string | null;
}

/**
 * Adds an e-mail to the outbox in the caller's unit of work: it is committed with the change
 * it reports, or not at all. The worker sends it later (outbox-worker.ts).
 */
export function enqueueEmail(em: EntityManager, email: EmailToSend): OutboxEmail {
  return em.create(OutboxEmail, {
    kind: email.kind,
    claimId: email.claimId,
    recipient: email.recipient,
    replyTo: email.replyTo,
    subject: email.subject,
    body: email.body,
  });
}
