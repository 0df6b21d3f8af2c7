import { Badge, type BadgeProps } from "@codegouvfr/react-dsfr/Badge";
import type { ClaimStatus } from "./claim-status";
import { claimMessages as m } from "./claim.messages";

const SEVERITY: Record<ClaimStatus, BadgeProps["severity"]> = {
  SUBMITTED: "new",
  IN_PROGRESS: "info",
  VALIDATED: "success",
  REJECTED: "error",
  CANCELLED: undefined,
};

export type ClaimStatusBadgeProps = { status: ClaimStatus; onHold?: boolean };

export function ClaimStatusBadge({ status, onHold = false }: ClaimStatusBadgeProps) {
  return (
    <>
      <Badge small noIcon severity={SEVERITY[status]}>
        {m.status[status]}
      </Badge>
      {onHold && (
        <>
          {" "}
          <Badge small noIcon severity="warning">
            {m.onHold}
          </Badge>
        </>
      )}
    </>
  );
}
