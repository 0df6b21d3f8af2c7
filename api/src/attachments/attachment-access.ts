import { tokenMatches } from "../shared/tokens";
import type { Attachment } from "./attachment.entity";

/**
 * The patient side of document access: the draft's token (whoever uploaded it) or, once
 * submitted, the personal link of the claim while it is valid. Agents' access is decided
 * elsewhere, by their session and caisse.
 */
export function canRead(attachment: Attachment, token: string, now: Date): boolean {
  if (token.length === 0 || token.length > 512) return false;
  if (tokenMatches(token, attachment.draft.tokenHash)) return true;
  const claim = attachment.claim;
  return (
    claim !== null &&
    claim.personalLinkExpiresAt > now &&
    tokenMatches(token, claim.personalTokenHash)
  );
}
