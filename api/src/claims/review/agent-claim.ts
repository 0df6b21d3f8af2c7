import { ensureInScope } from "../../auth/caisse-scope";
import type { GraphQLContext } from "../../graphql/context";
import { NotFoundError } from "../../graphql/errors";
import { isUuid } from "../../shared/uuid";
import { Claim } from "../claim.entity";
import type { ClaimType } from "../claim.types";
import { loadClaimViewForAgent } from "./claim-views";
import { reviewMessages } from "./messages";

/**
 * One claim for an agent. A claim of another caisse answers NOT_FOUND exactly like a claim
 * that does not exist (SPEC 3), so its existence cannot be probed.
 */
export async function agentClaim(ctx: GraphQLContext, id: string): Promise<ClaimType> {
  const notFound = () => new NotFoundError(reviewMessages.claimNotFound);
  if (!isUuid(id)) throw notFound();
  const row = await ctx.em.findOne(Claim, id, { fields: ["id", "caisse"] });
  ensureInScope(ctx.principal, row, (claim) => claim.caisse.id, notFound);
  return loadClaimViewForAgent(ctx.em, id, ctx.principal);
}
