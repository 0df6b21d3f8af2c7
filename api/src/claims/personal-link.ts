import type { Config } from "../config/config";
import { deriveToken } from "../shared/tokens";

/**
 * The token of a claim's personal link, derived from the draft token: the database keeps
 * only its hash, yet a replayed submission (which presents the draft token again) can give
 * the same link back.
 */
export function personalToken(draftToken: string, claimId: string): string {
  return deriveToken(draftToken, `suivi:${claimId}`);
}

/** The page of web-patient that shows the claim: `/suivi/<claimId>?jeton=<token>`. */
export function followUpUrl(config: Config, claimId: string, token: string): string {
  const url = new URL(`/suivi/${claimId}`, config.PATIENT_APP_URL);
  url.searchParams.set("jeton", token);
  return url.toString();
}

/** The same page opened on its cancellation step. */
export function cancellationUrl(config: Config, claimId: string, token: string): string {
  return `${followUpUrl(config, claimId, token)}#annuler`;
}
