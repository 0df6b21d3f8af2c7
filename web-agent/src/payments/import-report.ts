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
  /** Lines to correct, in the file's order. */
  refused: RefusedLine[];
  /**
   * Lines an earlier import recorded already (their only reason is ALREADY_PAID): nothing
   * changed and nothing is to correct, so they are not among the refused.
   */
  alreadyRecorded: RefusedLine[];
}

const onlyAlreadyPaid = (line: ImportedLine) =>
  line.errors.length > 0 && line.errors.every((e) => e.code === "ALREADY_PAID");

const described = (line: ImportedLine): RefusedLine => ({
  line: line.line,
  claimNumber: line.claimNumber,
  reasons: line.errors.map((e) => e.message),
});

/** What the agent reads after an import: counts, the lines to correct and why, the others. */
export function importReport(lines: readonly ImportedLine[]): ImportReport {
  const notRecorded = lines.filter((l) => !l.ok).sort((a, b) => a.line - b.line);
  return {
    total: lines.length,
    recorded: lines.length - notRecorded.length,
    refused: notRecorded.filter((l) => !onlyAlreadyPaid(l)).map(described),
    alreadyRecorded: notRecorded.filter(onlyAlreadyPaid).map(described),
  };
}
