import { fr } from "@codegouvfr/react-dsfr";
import type { ClaimDetail } from "./claim-types";
import { claimMessages as m } from "./claim.messages";
import { ClaimStatusBadge } from "./ClaimStatusBadge";
import { formatInstant } from "./format";

export type ClaimSummaryProps = { claim: ClaimDetail };

/** Status, caisse, submission and who holds the claim, right under its number. */
export function ClaimSummary({ claim }: ClaimSummaryProps) {
  const review = claim.review;
  const holder = review?.assignedToMe ? m.assignedToMe : (review?.assignedAgent?.email ?? m.nobody);
  return (
    <div className={fr.cx("fr-mb-3w")}>
      <p className={fr.cx("fr-mb-1w")}>
        <ClaimStatusBadge status={claim.status} onHold={claim.onHold} />
      </p>
      {claim.onHold && review?.holdReason && (
        <p className={fr.cx("fr-mb-1w")}>{m.holdReason(review.holdReason)}</p>
      )}
      <p className={fr.cx("fr-text--sm", "fr-mb-0")}>
        {m.caisse} : {claim.caisse.number} — {claim.caisse.name} · {m.submittedAt}{" "}
        {formatInstant(claim.submittedAt)} · {m.assignedTo} : {holder}
      </p>
    </div>
  );
}
