import type { GraphQLContext } from "../../graphql/context";
import { ClaimStatus } from "../claim-enums";
import type { ClaimType } from "../claim.types";
import { actOnClaim, recordEvent, emailPatient, type ActionScope } from "./claim-action";
import { ensureAllowed } from "./transitions";
import { validationEmailOf } from "./validation-email";

/** An agent validates a claim IN_PROGRESS; the patient is told the payment is on its way. */
export function validateClaim(
  ctx: GraphQLContext,
  id: string,
  version: number,
): Promise<ClaimType> {
  return actOnClaim(ctx, id, version, validate);
}

export async function validate(scope: ActionScope): Promise<void> {
  const { claim } = scope;
  ensureAllowed(claim, "validate");

  claim.status = ClaimStatus.VALIDATED;
  const email = emailPatient(scope, "VALIDATION", validationEmailOf(claim));
  recordEvent(scope, "VALIDATED", {
    before: { status: ClaimStatus.IN_PROGRESS },
    after: { status: ClaimStatus.VALIDATED },
    email,
  });
}
