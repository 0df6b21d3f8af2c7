import type { EntityManager } from "@mikro-orm/postgresql";
import { Claim } from "./claim.entity";
import { ClaimType } from "./claim.types";

/** A claim with everything its GraphQL type shows, in a fixed number of queries. */
export async function loadClaimView(em: EntityManager, claimId: string): Promise<ClaimType> {
  const claim = await em.findOneOrFail(Claim, claimId, {
    populate: ["caisse", "patient", "trips", "attachments", "events"],
    refresh: true,
  });
  return ClaimType.from(claim);
}
