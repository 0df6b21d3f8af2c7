import type { Agent } from "../../agents/agent.entity";
import type { GraphQLContext } from "../../graphql/context";
import { ClaimStatus } from "../claim-enums";
import type { ClaimType } from "../claim.types";
import { actOnClaim, recordEvent } from "./claim-action";
import { ensureAllowed } from "./transitions";

/** An agent takes a SUBMITTED claim in charge: IN_PROGRESS, assigned to them. */
export function takeClaim(ctx: GraphQLContext, id: string, version: number): Promise<ClaimType> {
  return actOnClaim(ctx, id, version, async (scope) => {
    const { claim, tx, agent } = scope;
    ensureAllowed(claim, "take");

    claim.status = ClaimStatus.IN_PROGRESS;
    claim.assignedAgent = tx.getReference<Agent>("Agent", agent.agentId);
    recordEvent(scope, "TAKEN", {
      before: { status: ClaimStatus.SUBMITTED },
      after: { status: ClaimStatus.IN_PROGRESS, assignedAgentId: agent.agentId },
    });
  });
}
