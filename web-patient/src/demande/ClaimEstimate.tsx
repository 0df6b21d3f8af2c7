"use client";

import { useQuery } from "@apollo/client/react";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Table } from "@codegouvfr/react-dsfr/Table";
import type { ClaimEstimateInput } from "@mrs/schema/patient";
import { formatCents } from "./amount";
import { ClaimEstimateQuery } from "./claim-operations";
import { summaryMessages as m } from "./summary.messages";

export type ClaimEstimateProps = {
  input: ClaimEstimateInput;
};

/**
 * SPEC 4.6: the base and both amounts, computed by the API with the tariffs in force, and
 * clearly indicative — the caisse decides. Without it the claim can still be sent.
 */
export function ClaimEstimate({ input }: ClaimEstimateProps) {
  const { data, error } = useQuery(ClaimEstimateQuery, { variables: { input } });
  const estimate = data?.claimEstimate;
  return (
    <section aria-labelledby="estimation" className="fr-mb-4w">
      <h3 id="estimation">{m.estimateTitle}</h3>
      <Alert severity="info" small description={m.estimateWarning} className="fr-mb-2w" />
      {estimate ? (
        <Table
          caption={m.estimateCaption}
          noCaption
          headers={[m.estimateItem, m.estimateAmount]}
          data={[
            [m.estimateBase, formatCents(estimate.baseCents)],
            [
              m.estimateGeneral(estimate.generalRatePercent),
              formatCents(estimate.generalAmountCents),
            ],
            [m.estimateFull, formatCents(estimate.fullAmountCents)],
          ]}
        />
      ) : (
        <p role="status">{error ? m.estimateUnavailable : m.estimateLoading}</p>
      )}
    </section>
  );
}
