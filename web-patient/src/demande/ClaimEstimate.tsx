import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Table } from "@codegouvfr/react-dsfr/Table";
import { formatCents } from "./amount";
import type { Estimate } from "./estimate";
import { summaryMessages as m } from "./summary.messages";

export type ClaimEstimateProps = {
  estimate: Estimate;
};

/** SPEC 4.6: the base and both amounts, clearly indicative — the caisse decides. */
export function ClaimEstimate({ estimate }: ClaimEstimateProps) {
  return (
    <section aria-labelledby="estimation" className="fr-mb-4w">
      <h3 id="estimation">{m.estimateTitle}</h3>
      <Alert severity="info" small description={m.estimateWarning} className="fr-mb-2w" />
      <Table
        caption={m.estimateCaption}
        noCaption
        headers={[m.estimateItem, m.estimateAmount]}
        data={[
          [m.estimateBase, formatCents(estimate.baseCents)],
          [m.estimateGeneral, formatCents(estimate.generalRateCents)],
          [m.estimateFull, formatCents(estimate.fullRateCents)],
        ]}
      />
    </section>
  );
}
