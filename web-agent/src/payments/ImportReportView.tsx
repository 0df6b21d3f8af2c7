import type { RefObject } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Table } from "@codegouvfr/react-dsfr/Table";
import type { ImportReport, RefusedLine } from "./import-report";
import { paymentsMessages } from "./payments.messages";

const m = paymentsMessages.import;

export type ImportReportViewProps = {
  report: ImportReport;
  /** The heading takes the focus once the report is shown. */
  headingRef: RefObject<HTMLHeadingElement | null>;
};

/** The counts of an import in one sentence, shown and announced. */
export function reportSummary(report: ImportReport): string {
  const already = report.alreadyRecorded.length;
  return [
    m.recorded(report.recorded, report.total),
    report.refused.length > 0
      ? m.refused(report.refused.length)
      : already === 0
        ? m.allRecorded
        : m.nothingToCorrect,
    already > 0 ? m.alreadyRecorded(already) : "",
  ]
    .filter((sentence) => sentence !== "")
    .join(" ");
}

function linesTable(lines: readonly RefusedLine[], caption: string) {
  const rows = lines.map((line) => [
    line.line,
    line.claimNumber ?? m.noClaimNumber,
    line.reasons.length === 1 ? (
      line.reasons[0]
    ) : (
      <ul key="reasons" className={fr.cx("fr-my-0")}>
        {line.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    ),
  ]);
  return (
    <Table
      className={fr.cx("fr-mt-4w")}
      caption={caption}
      headers={[...m.refusedHeaders]}
      data={rows}
    />
  );
}

/** The counts of an import, each refused line with the API's reasons, then those already recorded. */
export function ImportReportView({ report, headingRef }: ImportReportViewProps) {
  const severity =
    report.refused.length > 0
      ? report.recorded > 0
        ? "warning"
        : "error"
      : report.recorded > 0
        ? "success"
        : "info";
  return (
    <section aria-labelledby="import-resultat-titre" className={fr.cx("fr-mt-6w")}>
      <h2 id="import-resultat-titre" ref={headingRef} tabIndex={-1}>
        {m.reportTitle}
      </h2>
      {/* Announced by the import form's live region: no second announcement from here. */}
      <Alert severity={severity} small role={undefined} description={reportSummary(report)} />
      {report.refused.length > 0 && linesTable(report.refused, m.refusedCaption)}
      {report.alreadyRecorded.length > 0 &&
        linesTable(report.alreadyRecorded, m.alreadyRecordedCaption)}
    </section>
  );
}
