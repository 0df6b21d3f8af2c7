import { importReport, type ImportedLine } from "./import-report";

const ok = (line: number, claimNumber: string): ImportedLine => ({
  line,
  claimNumber,
  ok: true,
  errors: [],
});
const refused = (line: number, claimNumber: string | null, ...codes: string[]): ImportedLine => ({
  line,
  claimNumber,
  ok: false,
  errors: codes.map((code) => ({ code, message: `${code} (ligne ${line})` })),
});

test("counts the recorded lines and lists the refused ones in the file's order", () => {
  const report = importReport([
    ok(2, "202612030001"),
    refused(5, "202612030001", "DUPLICATE_LINE"),
    refused(3, "209901010000", "UNKNOWN_CLAIM"),
    refused(4, null, "INVALID_DATE", "INVALID_AMOUNT"),
  ]);
  expect(report).toEqual({
    total: 4,
    recorded: 1,
    alreadyRecorded: [],
    refused: [
      { line: 3, claimNumber: "209901010000", reasons: ["UNKNOWN_CLAIM (ligne 3)"] },
      {
        line: 4,
        claimNumber: null,
        reasons: ["INVALID_DATE (ligne 4)", "INVALID_AMOUNT (ligne 4)"],
      },
      { line: 5, claimNumber: "202612030001", reasons: ["DUPLICATE_LINE (ligne 5)"] },
    ],
  });
});

test("tells apart the lines refused only because an earlier import recorded them", () => {
  const report = importReport([
    refused(2, "202612030001", "ALREADY_PAID"),
    refused(3, "202612030002", "ALREADY_PAID"),
    refused(4, "202612030003", "NOT_VALIDATED"),
    ok(5, "202612030004"),
  ]);
  expect(report).toMatchObject({ total: 4, recorded: 1 });
  // Already recorded is not refused: nothing to correct on those lines.
  expect(report.refused.map((l) => l.line)).toEqual([4]);
  expect(report.alreadyRecorded.map((l) => l.line)).toEqual([2, 3]);
});

test("a file whose every line is recorded has nothing refused", () => {
  expect(importReport([ok(2, "202612030001")])).toEqual({
    total: 1,
    recorded: 1,
    alreadyRecorded: [],
    refused: [],
  });
});
