import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { simpleParser } from "mailparser";

/** An e-mail the platform sent, decoded (subjects and bodies are MIME-encoded in the file). */
export interface SentEmail {
  to: string;
  replyTo: string;
  subject: string;
  text: string;
}

const POLL_MS = 250;

/**
 * Waits for the e-mail that `matches`: the API's outbox worker sends e-mails after the
 * transaction that queued them, a few seconds later, as .eml files in MRS_OUTBOX_DIR.
 */
export async function waitForEmail(
  matches: (email: SentEmail) => boolean,
  timeoutMs = 20_000,
): Promise<SentEmail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await sentEmails()).find(matches);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no matching e-mail within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

export async function sentEmails(): Promise<SentEmail[]> {
  const folder = process.env.MRS_OUTBOX_DIR;
  if (!folder) throw new Error("MRS_OUTBOX_DIR is not set: run the browser tests through jest");
  const names = await readdir(folder).catch((): string[] => []);
  return Promise.all(
    names
      .filter((name) => name.endsWith(".eml"))
      .map(async (name) => {
        const parsed = await simpleParser(await readFile(path.join(folder, name)));
        return {
          to: addressText(parsed.to),
          replyTo: addressText(parsed.replyTo),
          subject: parsed.subject ?? "",
          text: parsed.text ?? "",
        };
      }),
  );
}

function addressText(address: { text: string } | { text: string }[] | undefined): string {
  if (address === undefined) return "";
  return Array.isArray(address) ? address.map((a) => a.text).join(", ") : address.text;
}
