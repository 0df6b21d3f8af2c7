import type { GraphQLContext } from "../graphql/context";
import { hashToken, newToken } from "../shared/tokens";
import { ClaimDraft } from "./claim-draft.entity";
import type { ClaimDraftType } from "./claim-draft.types";

/**
 * Opens a draft. The token is returned once and only its hash is stored: whoever holds it
 * may upload documents for this draft and submit it, nobody else.
 */
export async function startClaimDraft(ctx: GraphQLContext): Promise<ClaimDraftType> {
  const { em, now, config } = ctx;
  await ctx.consumeRateLimit("draft");

  const token = newToken();
  const createdAt = now();
  const expiresAt = new Date(createdAt.getTime() + config.DRAFT_TTL_HOURS * 3_600_000);
  const draft = em.create(ClaimDraft, { tokenHash: hashToken(token), createdAt, expiresAt });
  await em.flush();

  return { id: draft.id, token, expiresAt };
}
