import type { ReactNode } from "react";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { summaryMessages as m } from "./summary.messages";

export type SummarySectionProps = {
  title: string;
  onEdit: () => void;
  children: ReactNode;
};

/** One block of the summary, with a way back to the step that fills it. */
export function SummarySection({ title, onEdit, children }: SummarySectionProps) {
  return (
    <section className="fr-mb-3w">
      <h3 className="fr-h6 fr-mb-1w">{title}</h3>
      {children}
      <Button
        type="button"
        priority="tertiary"
        size="small"
        iconId="fr-icon-edit-line"
        onClick={onEdit}
      >
        {m.edit}
        <span className="fr-sr-only"> : {title}</span>
      </Button>
    </section>
  );
}
