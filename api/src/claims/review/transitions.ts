import { InvalidTransitionError } from "../../graphql/errors";
import type { Claim } from "../claim.entity";
import { ClaimStatus } from "../claim-enums";
import { reviewMessages } from "./messages";

/** The agents' actions on a claim (SPEC 4.4). */
export type ClaimAction =
  "take" | "validate" | "reject" | "hold" | "release" | "contact" | "correct";

const { SUBMITTED, IN_PROGRESS, VALIDATED, REJECTED } = ClaimStatus;

const FROM: Record<ClaimAction, readonly ClaimStatus[]> = {
  take: [SUBMITTED],
  validate: [IN_PROGRESS],
  reject: [SUBMITTED, IN_PROGRESS],
  hold: [SUBMITTED, IN_PROGRESS],
  release: [SUBMITTED, IN_PROGRESS],
  // A patient may need a word even after the decision; a cancelled claim is closed.
  contact: [SUBMITTED, IN_PROGRESS, VALIDATED, REJECTED],
  correct: [SUBMITTED, IN_PROGRESS],
};

function refusal(action: ClaimAction, status: ClaimStatus): string {
  switch (action) {
    case "take":
      return reviewMessages.cannotTake(status);
    case "validate":
      return reviewMessages.cannotValidate(status);
    case "reject":
      return reviewMessages.cannotReject(status);
    case "hold":
    case "release":
      return reviewMessages.cannotHold(status);
    case "contact":
      return reviewMessages.cannotContact(status);
    case "correct":
      return reviewMessages.cannotCorrect(status);
  }
}

/** Throws INVALID_TRANSITION when the action is not allowed from the claim's current state. */
export function ensureAllowed(claim: Claim, action: ClaimAction): void {
  if (!FROM[action].includes(claim.status)) {
    throw new InvalidTransitionError(refusal(action, claim.status));
  }
  // On hold means "do not pay yet": validation waits for the release.
  if (action === "validate" && claim.onHold) {
    throw new InvalidTransitionError(reviewMessages.validateOnHold);
  }
  if (action === "hold" && claim.onHold) {
    throw new InvalidTransitionError(reviewMessages.alreadyOnHold);
  }
  if (action === "release" && !claim.onHold) {
    throw new InvalidTransitionError(reviewMessages.notOnHold);
  }
}
