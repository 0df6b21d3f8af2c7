"use client";

import { useRef, useState, type FormEvent } from "react";
import { useMutation } from "@apollo/client/react";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Upload } from "@codegouvfr/react-dsfr/Upload";
import { useSignedInAgent } from "@/session/signed-in-agent";
import { importFailureText } from "./import-failure";
import { importReport, type ImportReport } from "./import-report";
import { ImportReportView, reportSummary } from "./ImportReportView";
import { decodeCsv, fitsInOneRequest, looksLikeText, mayFit } from "./payment-file";
import { ImportPaymentsDocument } from "./payments.documents";
import { paymentsMessages } from "./payments.messages";

const m = paymentsMessages.import;
const INPUT_ID = "import-paiements-fichier";

/** Sends the back office's CSV and shows, line by line, what was recorded and what was not. */
export function PaymentImport() {
  const agent = useSignedInAgent();
  const [importPayments, { loading }] = useMutation(ImportPaymentsDocument);
  const [fileError, setFileError] = useState<string | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const reportRef = useRef<HTMLHeadingElement>(null);

  if (!agent.abilities.importPayments) {
    return <Alert severity="info" small description={m.forbidden} />;
  }

  const refuse = (text: string) => {
    setFileError(text);
    // The message is tied to the field: the focus there makes screen readers read both.
    document.getElementById(INPUT_ID)?.focus();
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get("csv");
    setReport(null);
    setFileError(null);
    if (!(file instanceof File) || file.name === "") return refuse(m.noFile);
    if (!mayFit(file.size)) return refuse(m.tooLarge);
    const csv = decodeCsv(new Uint8Array(await file.arrayBuffer()));
    if (!looksLikeText(csv)) return refuse(m.notText);
    if (!fitsInOneRequest(csv)) return refuse(m.tooLarge);
    try {
      const { data } = await importPayments({ variables: { csv } });
      if (!data) return;
      setReport(importReport(data.importPayments.lines));
      requestAnimationFrame(() => reportRef.current?.focus());
    } catch (error) {
      refuse(importFailureText(error));
    }
  };

  return (
    <>
      <p>{m.intro}</p>
      <p>{m.safeAgain}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        {/* Anchors the error state's red bar to the field: it would widen a 360 px page. */}
        <div style={{ position: "relative" }}>
          <Upload
            className={fr.cx("fr-mb-3w")}
            label={m.file}
            hint={m.fileHint}
            state={fileError ? "error" : "default"}
            stateRelatedMessage={
              // One element: DSFR lays the message out as a flex row, which drops the spaces
              // between its children.
              fileError && (
                <span>
                  <strong>{m.refusedFile}.</strong> {fileError}
                </span>
              )
            }
            nativeInputProps={{
              id: INPUT_ID,
              name: "csv",
              accept: ".csv,text/csv",
              // Without a message, react-dsfr would point at an element that is not there.
              ...(fileError ? {} : { "aria-describedby": undefined }),
              onChange: () => setFileError(null),
            }}
          />
        </div>
        <Button type="submit" iconId="fr-icon-upload-line" disabled={loading}>
          {loading ? m.sending : m.submit}
        </Button>
      </form>
      <div role="status" className={fr.cx("fr-mt-2w")}>
        {loading && <p>{m.sendingNotice}</p>}
        {report && <p className={fr.cx("fr-sr-only")}>{reportSummary(report)}</p>}
      </div>
      {report && <ImportReportView report={report} headingRef={reportRef} />}
    </>
  );
}
