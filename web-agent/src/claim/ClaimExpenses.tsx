import { fr } from "@codegouvfr/react-dsfr";
import type { ClaimDetail } from "./claim-types";
import { claimMessages as m } from "./claim.messages";
import { formatCents } from "./format";
import { FigureList } from "./FigureList";

export type ClaimExpensesProps = { claim: ClaimDetail };

/** What the patient spent and what the rules compute from it (SPEC 4.6). */
export function ClaimExpenses({ claim }: ClaimExpensesProps) {
  const amounts = claim.review?.amounts;
  const rows: [string, string][] = [
    [m.distance, claim.distanceKm === null ? "—" : m.km(claim.distanceKm)],
    [m.tolls, formatCents(claim.tollsCents)],
    [m.parking, formatCents(claim.parkingCents)],
    [m.publicTransport, formatCents(claim.publicTransportCents)],
    ...(amounts
      ? ([
          [m.taxiReference, formatCents(amounts.taxiReferenceCents)],
          [m.base, formatCents(amounts.reimbursementBaseCents)],
          [
            m.atGeneralRate(amounts.generalRatePercent),
            formatCents(amounts.amountAtGeneralRateCents),
          ],
          [m.atFullRate, formatCents(amounts.amountAtFullRateCents)],
        ] satisfies [string, string][])
      : []),
  ];
  return (
    <section aria-labelledby="frais-titre">
      <h2 id="frais-titre" className={fr.cx("fr-h4")}>
        {m.expenses}
      </h2>
      <FigureList rows={rows} />
      {amounts && <p className={fr.cx("fr-hint-text")}>{m.amountsNote}</p>}
    </section>
  );
}
