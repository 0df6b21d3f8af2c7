import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

/** An e-mail the platform wrote to its outbox folder (no SMTP relay in browser tests). */
export interface SentEmail {
  to: string;
  /** The whole message, quoted-printable decoded: headers and plain-text body. */
  text: string;
}

/**
 * Waits for the e-mail to `recipient` that `matches`, as the API's outbox worker writes it
 * (every couple of seconds). Reads the folder the globalSetup's platform uses.
 */
export async function waitForEmail(
  recipient: string,
  matches: (email: SentEmail) => boolean = () => true,
  timeoutMs = 20_000,
): Promise<SentEmail> {
  const folder = process.env.MRS_OUTBOX_DIR;
  if (!folder) throw new Error("MRS_OUTBOX_DIR is not set: run the browser tests through jest");
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await sentEmails(folder)).find(
      (email) => email.to.toLowerCase() === recipient.toLowerCase() && matches(email),
    );
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no e-mail to ${recipient} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function sentEmails(folder: string): Promise<SentEmail[]> {
  const names = await readdir(folder).catch(() => []);
  const emails = await Promise.all(
    names
      .filter((name) => name.endsWith(".eml"))
      .map(async (name) => decodeQuotedPrintable(await readFile(path.join(folder, name), "utf8"))),
  );
  return emails.map((text) => ({ to: /^To: *(.+)$/im.exec(text)?.[1]?.trim() ?? "", text }));
}

function decodeQuotedPrintable(raw: string): string {
  const bytes = raw
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}
