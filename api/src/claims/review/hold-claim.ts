import type { GraphQLContext } from "../../graphql/context";
import { InputError } from "../../graphql/errors";
import type { ClaimType } from "../claim.types";
import { actOnClaim, recordEvent, type ActionScope } from "./claim-action";
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
  const reason = checkedHoldReason(reasonText);

  return actOnClaim(ctx, id, version, async (scope) => putOnHold(scope, reason));
}

/** The reason as stored: trimmed, not empty, not too long. */
export function checkedHoldReason(text: string): string {
  const reason = text.trim();
  if (reason.length === 0) throw new InputError("reason", reviewMessages.holdReasonMissing);
  if (reason.length > HOLD_REASON_MAX) {
    throw new InputError("reason", reviewMessages.holdReasonTooLong(HOLD_REASON_MAX));
  }
  return reason;
}

/**
 * Puts the locked claim on hold and writes its event: the one way a claim goes on hold, for
 * an agent's request and for the demo data alike, so that every hold shows in the timeline.
 */
export function putOnHold(scope: ActionScope, reason: string): void {
  const { claim } = scope;
  ensureAllowed(claim, "hold");

  claim.onHold = true;
  claim.holdReason = reason;
  recordEvent(scope, "ON_HOLD", { before: { onHold: false }, after: { onHold: true, reason } });
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
