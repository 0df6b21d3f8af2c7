import { validationEmail, type EmailContent } from "../../notifications/templates";
import type { Claim } from "../claim.entity";

/**
 * The e-mail a claim's patient receives when it is validated. The validate action sends it and
 * the agents' view shows it before they confirm: one function, so the two cannot drift.
 */
export function validationEmailOf(
  claim: Pick<Claim, "number"> & { patient: Pick<Claim["patient"], "firstName"> },
): EmailContent {
  return validationEmail({ firstName: claim.patient.firstName, claimNumber: claim.number });
}
