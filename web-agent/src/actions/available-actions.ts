import type { ClaimStatus } from "@/claim/claim-status";

export type ClaimAction = "take" | "validate" | "reject" | "hold" | "release";

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
      return ["take", "reject", hold];
    case "IN_PROGRESS":
      // A claim on hold is released before it is validated (the API refuses otherwise).
      return onHold ? ["reject", hold] : ["validate", "reject", hold];
    case "VALIDATED":
    case "REJECTED":
    case "CANCELLED":
      return [];
  }
}
