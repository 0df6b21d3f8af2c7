import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import type { Config } from "../config/config";

export interface OutgoingEmail {
  /** The outbox row id: it makes the Message-ID, so a rare duplicate can be recognised. */
  id: string;
  to: string;
  replyTo: string | null;
  subject: string;
  text: string;
}

export interface Mailer {
  send(email: OutgoingEmail): Promise<void>;
  close(): void;
}

/** SMTP when SMTP_URL is set; otherwise .eml files in OUTBOX_DIR (development). */
export function createMailer(config: Config): Mailer {
  return config.SMTP_URL
    ? new SmtpMailer(config.SMTP_URL, config.MAIL_FROM)
    : new EmlFileMailer(config.OUTBOX_DIR, config.MAIL_FROM);
}

function message(email: OutgoingEmail, from: string) {
  return {
    from,
    to: email.to,
    replyTo: email.replyTo ?? undefined,
    subject: email.subject,
    text: email.text,
    messageId: `<${email.id}@remboursements.example.org>`,
    headers: { "Auto-Submitted": "auto-generated" },
  };
}

class SmtpMailer implements Mailer {
  private readonly transport;

  constructor(
    url: string,
    private readonly from: string,
  ) {
    // Short timeouts: the worker holds its batch's row locks while it sends.
    this.transport = nodemailer.createTransport({
      url,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
  }

  async send(email: OutgoingEmail): Promise<void> {
    await this.transport.sendMail(message(email, this.from));
  }

  close(): void {
    this.transport.close();
  }
}

class EmlFileMailer implements Mailer {
  private readonly transport = nodemailer.createTransport({ streamTransport: true, buffer: true });

  constructor(
    private readonly folder: string,
    private readonly from: string,
  ) {}

  async send(email: OutgoingEmail): Promise<void> {
    const info = await this.transport.sendMail(message(email, this.from));
    await mkdir(this.folder, { recursive: true });
    await writeFile(path.join(this.folder, `${email.id}.eml`), info.message);
  }

  close(): void {
    this.transport.close();
  }
}
