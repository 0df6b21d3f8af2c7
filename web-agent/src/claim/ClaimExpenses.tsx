import { fr } from "@codegouvfr/react-dsfr";
import type { ClaimDetail } from "./claim-types";
import { claimMessages as m } from "./claim.messages";
import { formatCents } from "./format";

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
      <dl>
        {rows.map(([label, value]) => (
          <div
            key={label}
            style={{ display: "flex", justifyContent: "space-between", gap: "1rem" }}
          >
            <dt>{label}</dt>
            <dd style={{ marginLeft: 0 }} className={fr.cx("fr-text--bold")}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      {amounts && <p className={fr.cx("fr-hint-text")}>{m.amountsNote}</p>}
    </section>
  );
}
