/** One line of the API's answer to an import (ImportPaymentsPayload.lines). */
export interface ImportedLine {
  line: number;
  claimNumber: string | null;
  ok: boolean;
  errors: readonly { code: string; message: string }[];
}

export interface RefusedLine {
  /** Line number in the file; the header is line 1. */
  line: number;
  claimNumber: string | null;
  /** The API's French reasons, one per problem found on the line. */
  reasons: string[];
}

export interface ImportReport {
  total: number;
  recorded: number;
  /** Refused lines, in the file's order. */
  refused: RefusedLine[];
  /** Refused only because an earlier import recorded that claim's payment already. */
  alreadyRecorded: number;
}

/** What the agent reads after an import: counts, then the refused lines and why. */
export function importReport(lines: readonly ImportedLine[]): ImportReport {
  const refusedLines = lines.filter((l) => !l.ok).sort((a, b) => a.line - b.line);
  return {
    total: lines.length,
    recorded: lines.length - refusedLines.length,
    refused: refusedLines.map((l) => ({
      line: l.line,
      claimNumber: l.claimNumber,
      reasons: l.errors.map((e) => e.message),
    })),
    alreadyRecorded: refusedLines.filter(
      (l) => l.errors.length > 0 && l.errors.every((e) => e.code === "ALREADY_PAID"),
    ).length,
  };
}
