import type { GraphQLContext } from "../graphql/context";
import type { ClaimType } from "./claim.types";
import { loadClaimView } from "./load-claim";
import { claimOfPersonalLink } from "./patient-access";

/** The patient's view of a claim, opened with the personal link; null when it does not open. */
export async function patientClaim(
  { em, now }: GraphQLContext,
  claimId: string,
  token: string,
): Promise<ClaimType | null> {
  const claim = await claimOfPersonalLink(em, claimId, token, now());
  return claim ? loadClaimView(em, claim.id) : null;
}
