// The CSV files of the payment-data exchange (SPEC 4.8), on the portal's side: the export's
// name and size, and reading the file to import before it is sent.
import { todayInParis } from "@mrs/web-common/dates";

/** "paiements-311-2026-12-03.csv": the caisse, then the day of the export in Paris. */
export function exportFileName(caisseNumber: string, now: Date): string {
  return `paiements-${caisseNumber}-${todayInParis(now)}.csv`;
}

/** Data lines of an exported file: every non-empty line but the header. */
export function countDataLines(csv: string): number {
  return Math.max(0, csv.split(/\r?\n/).filter((line) => line !== "").length - 1);
}

// The API reads at most 1 Mio of JSON per request; the query and the JSON envelope take
// well under 4 Kio of it.
const MAX_REQUEST_BYTES = 1024 * 1024;
const ENVELOPE_BYTES = 4 * 1024;

/** Whether a file of this many bytes may fit at all, before reading it. */
export function mayFit(sizeBytes: number): boolean {
  return sizeBytes <= MAX_REQUEST_BYTES - ENVELOPE_BYTES;
}

/** Whether the text, escaped in the JSON request (a line break takes 4 bytes), fits in one. */
export function fitsInOneRequest(text: string): boolean {
  const escaped = new TextEncoder().encode(JSON.stringify(text)).length;
  return escaped + ENVELOPE_BYTES <= MAX_REQUEST_BYTES;
}

/**
 * Whether a file's text can be a CSV: no control character but tabs and line breaks, of which
 * pictures, PDFs and spreadsheets are full (some, like NUL, could not even be sent). The API
 * refuses such a file too; the portal says so without sending it.
 */
export function looksLikeText(text: string): boolean {
  return !/[^\P{Cc}\t\n\r]/u.test(text);
}

/**
 * The text of a file. The export is UTF-8, but a file saved again by a spreadsheet on Windows
 * may be Windows-1252: bytes that are not UTF-8 are read that way rather than garbled. A file
 * that is not text at all is sent as read: the API says what it is not.
 */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}
