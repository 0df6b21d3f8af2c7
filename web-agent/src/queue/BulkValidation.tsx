"use client";

import { useRef, useState } from "react";
import { useMutation } from "@apollo/client/react";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { apiFailure, failureText } from "@/errors/api-errors";
import { bulkMessages as m } from "./bulk.messages";
import { ClaimQueueDocument, ValidateClaimsDocument } from "./queue.documents";
import type { QueueClaim } from "./QueueTable";
import { SelectBox } from "./QueueTable";
import { bulkReport, isWholePage, type Selection } from "./selection";

const confirmation = createModal({ id: "confirmation-validation-lot", isOpenedByDefault: false });

type Report = ReturnType<typeof bulkReport>;

export type BulkValidationProps = {
  page: readonly QueueClaim[];
  selection: Selection;
  selected: readonly QueueClaim[];
  onToggleAll: () => void;
  /** Called once the API answered: the page is read again and the selection emptied. */
  onDone: () => void;
};

/**
 * "Valider la sélection": the ticked claims of the page are validated, each on its own (SPEC
 * 4.4: all or nothing per claim), after a confirmation naming how many; then a report says,
 * claim by claim, which were validated and why the others were not.
 */
export function BulkValidation({
  page,
  selection,
  selected,
  onToggleAll,
  onDone,
}: BulkValidationProps) {
  const [validate, { loading }] = useMutation(ValidateClaimsDocument, {
    refetchQueries: [ClaimQueueDocument],
    awaitRefetchQueries: true,
  });
  const [report, setReport] = useState<Report | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const reportRef = useRef<HTMLDivElement>(null);
  const count = selected.length;
  const pageIds = page.map((claim) => claim.id);

  const confirm = async () => {
    if (count === 0 || loading) return;
    const numbers = new Map(selected.map((claim) => [claim.id, claim.number]));
    try {
      const { data } = await validate({
        variables: { claims: selected.map(({ id, version }) => ({ id, version })) },
      });
      confirmation.close();
      setFailure(null);
      setReport(bulkReport(data?.validateClaims.outcomes ?? [], numbers));
      onDone();
      requestAnimationFrame(() => reportRef.current?.focus());
    } catch (error) {
      setFailure(failureText(apiFailure(error)));
    }
  };

  return (
    <div className={fr.cx("fr-mb-2w")}>
      {/* The report stays when the claims it names leave the filtered page. */}
      {page.length > 0 && (
        <div style={{ display: "flex", flexWrap: "wrap", alignItems: "center", gap: "1rem" }}>
          <SelectBox
            id="selection-page"
            label={m.selectAll}
            visibleLabel
            checked={isWholePage(selection, pageIds)}
            onChange={onToggleAll}
          />
          <span className={fr.cx("fr-text--sm", "fr-mb-0")} aria-live="polite">
            {m.selected(count)}
          </span>
          <Button
            size="small"
            disabled={count === 0}
            onClick={() => {
              setFailure(null);
              confirmation.open();
            }}
          >
            {m.validateSelection}
          </Button>
        </div>
      )}
      <div ref={reportRef} tabIndex={-1} role="status" aria-live="polite">
        {report && (
          <Alert
            severity={report.lines.every((line) => line.ok) ? "success" : "warning"}
            small
            closable
            onClose={() => setReport(null)}
            className={fr.cx("fr-mt-2w")}
            description={
              <>
                <p className={fr.cx("fr-text--bold")}>
                  {m.reportTitle} : {report.summary}
                </p>
                <ul>
                  {report.lines.map((line) => (
                    <li key={line.id}>{line.text}</li>
                  ))}
                </ul>
              </>
            }
          />
        )}
      </div>
      <confirmation.Component
        title={m.confirmTitle(count)}
        buttons={[
          { children: m.cancel, priority: "secondary" },
          {
            children: m.confirmButton(count),
            doClosesModal: false,
            disabled: loading || count === 0,
            onClick: () => void confirm(),
          },
        ]}
      >
        <p>{m.confirmText}</p>
        <ul>
          {selected.map((claim) => (
            <li key={claim.id}>
              N° {claim.number} — {claim.patient.lastName.toUpperCase()} {claim.patient.firstName}
            </li>
          ))}
        </ul>
        <div aria-live="assertive">
          {failure && <Alert severity="error" small description={failure} />}
        </div>
      </confirmation.Component>
    </div>
  );
}
