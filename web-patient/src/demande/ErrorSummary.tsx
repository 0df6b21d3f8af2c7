"use client";

import { forwardRef, type MouseEvent } from "react";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { demandeMessages as m } from "./demande.messages";
import { fieldId } from "./form-values";
import type { Issue } from "./validate-steps";

export type ErrorSummaryProps = {
  issues: readonly Issue[];
};

function focusField(event: MouseEvent<HTMLAnchorElement>, field: string): void {
  const element = document.getElementById(fieldId(field));
  // A group of radios or checkboxes: its first box takes the focus.
  const target = element?.matches("fieldset") ? element.querySelector("input") : element;
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.scrollIntoView({ block: "center" });
}

/**
 * The list of a step's errors at its top, each a link to its field (RGAA 11.10): it takes the
 * focus when the patient tries to go on, so that a screen reader reads it first.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, ErrorSummaryProps>(function ErrorSummary(
  { issues },
  ref,
) {
  if (issues.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} className="fr-mb-4w">
      <Alert
        severity="error"
        as="h3"
        title={m.errorSummaryTitle(issues.length)}
        description={
          <>
            {m.errorSummaryIntro}
            <ul>
              {issues.map((issue) => (
                <li key={`${issue.field}:${issue.message}`}>
                  <a href={`#${fieldId(issue.field)}`} onClick={(e) => focusField(e, issue.field)}>
                    {issue.message}
                  </a>
                </li>
              ))}
            </ul>
          </>
        }
      />
    </div>
  );
});
