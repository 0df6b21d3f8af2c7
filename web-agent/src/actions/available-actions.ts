import type { ClaimStatus } from "@/claim/claim-status";

export type ClaimAction =
  "take" | "validate" | "reject" | "hold" | "release" | "contact" | "correct";

/**
 * The actions offered on a claim (SPEC 4.4). Only a convenience: the API refuses a move that
 * is not allowed with INVALID_TRANSITION, which the page explains.
 */
export function availableActions(
  status: ClaimStatus,
  onHold: boolean,
  mayAct: boolean,
): ClaimAction[] {
  if (!mayAct) return [];
  const hold: ClaimAction = onHold ? "release" : "hold";
  switch (status) {
    case "SUBMITTED":
      return ["take", "reject", hold, "contact", "correct"];
    case "IN_PROGRESS":
      // A claim on hold is released before it is validated (the API refuses otherwise).
      return onHold
        ? ["reject", hold, "contact", "correct"]
        : ["validate", "reject", hold, "contact", "correct"];
    case "VALIDATED":
    case "REJECTED":
      // The decision is made, but the patient may still need a word.
      return ["contact"];
    case "CANCELLED":
      return [];
  }
}
