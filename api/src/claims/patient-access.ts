import type { EntityManager } from "@mikro-orm/postgresql";
import { isUuid, tokenMatches } from "../shared/tokens";
import { Claim } from "./claim.entity";

/**
 * The claim that a personal link opens, or null. An unknown id, a wrong token and an
 * expired link are indistinguishable to the caller.
 */
export async function claimOfPersonalLink(
  em: EntityManager,
  claimId: string,
  token: string,
  now: Date,
): Promise<Claim | null> {
  if (!isUuid(claimId) || token.length === 0 || token.length > 512) return null;
  const claim = await em.findOne(Claim, claimId);
  if (!claim || !tokenMatches(token, claim.personalTokenHash)) return null;
  return claim.personalLinkExpiresAt > now ? claim : null;
}
