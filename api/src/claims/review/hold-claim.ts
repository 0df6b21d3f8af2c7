import type { GraphQLContext } from "../../graphql/context";
import { InputError } from "../../graphql/errors";
import type { ClaimType } from "../claim.types";
import { actOnClaim, recordEvent } from "./claim-action";
import { reviewMessages } from "./messages";
import { ensureAllowed } from "./transitions";

export const HOLD_REASON_MAX = 500;

/** Puts a SUBMITTED or IN_PROGRESS claim on hold, with a reason the other agents read. */
export function setClaimOnHold(
  ctx: GraphQLContext,
  id: string,
  version: number,
  reasonText: string,
): Promise<ClaimType> {
  const reason = reasonText.trim();
  if (reason.length === 0) throw new InputError("reason", reviewMessages.holdReasonMissing);
  if (reason.length > HOLD_REASON_MAX) {
    throw new InputError("reason", reviewMessages.holdReasonTooLong(HOLD_REASON_MAX));
  }

  return actOnClaim(ctx, id, version, async (scope) => {
    const { claim } = scope;
    ensureAllowed(claim, "hold");

    claim.onHold = true;
    claim.holdReason = reason;
    recordEvent(scope, "ON_HOLD", { before: { onHold: false }, after: { onHold: true, reason } });
  });
}

/** Releases the hold; the reason goes to the event, where the timeline keeps it. */
export function releaseClaimHold(
  ctx: GraphQLContext,
  id: string,
  version: number,
): Promise<ClaimType> {
  return actOnClaim(ctx, id, version, async (scope) => {
    const { claim } = scope;
    ensureAllowed(claim, "release");

    const reason = claim.holdReason;
    claim.onHold = false;
    claim.holdReason = null;
    recordEvent(scope, "HOLD_RELEASED", {
      before: { onHold: true, reason },
      after: { onHold: false },
    });
  });
}
