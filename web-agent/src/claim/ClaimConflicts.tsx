import Link from "next/link";
import { fr } from "@codegouvfr/react-dsfr";
import type { ClaimDetail } from "./claim-types";
import { claimMessages as m } from "./claim.messages";
import { formatLocalDate } from "./format";

export type ClaimConflictsProps = { claim: ClaimDetail };

/** Other claims of the same person sharing a trip date (SPEC 4.5), and the patient's choices. */
export function ClaimConflicts({ claim }: ClaimConflictsProps) {
  const related = claim.review?.relatedClaims ?? [];
  return (
    <section aria-labelledby="doublons-titre">
      <h2 id="doublons-titre" className={fr.cx("fr-h4")}>
        {m.conflicts}
      </h2>
      {related.length === 0 ? (
        <p>{m.noConflicts}</p>
      ) : (
        <ul>
          {related.map((other) => (
            <li key={other.id}>
              <Link href={`/demandes/${other.id}`}>
                {m.relatedClaim(
                  other.number,
                  m.status[other.status],
                  other.sharedDates.map(formatLocalDate).join(", "),
                )}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {claim.conflictsKept + claim.conflictsFixed > 0 && (
        <p className={fr.cx("fr-text--sm")}>
          {m.conflictsKept(claim.conflictsKept, claim.conflictsFixed)}
        </p>
      )}
    </section>
  );
}
