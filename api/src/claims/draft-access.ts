import type { EntityManager } from "@mikro-orm/postgresql";
import { UnauthenticatedError } from "../graphql/errors";
import { isUuid, tokenMatches } from "../shared/tokens";
import { ClaimDraft } from "./claim-draft.entity";
import { claimMessages } from "./messages";

/**
 * The draft that `token` opens, with the token, now known to be present. An unknown id, a wrong token and an expired, never submitted
 * draft get the same answer, so that nothing can be learnt by probing ids.
 */
export async function openDraft(
  em: EntityManager,
  draftId: string,
  token: string | undefined,
  now: Date,
): Promise<{ draft: ClaimDraft; token: string }> {
  const draft = isUuid(draftId) ? await em.findOne(ClaimDraft, draftId) : null;
  if (!draft || token === undefined || !tokenMatches(token, draft.tokenHash)) {
    throw new UnauthenticatedError(claimMessages.draftUnknown);
  }
  if (draft.claim === null && draft.expiresAt <= now) {
    throw new UnauthenticatedError(claimMessages.draftUnknown);
  }
  return { draft, token };
}
