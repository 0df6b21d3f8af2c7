import type { GraphQLContext } from "../../graphql/context";
import { agentMessageEmail } from "../../notifications/templates";
import { MessageTemplateKind } from "../../templates/message-template.entity";
import { ClaimStatus } from "../claim-enums";
import type { ClaimType } from "../claim.types";
import { actOnClaim, emailPatient, recordEvent } from "./claim-action";
import { templateMessage } from "./template-message";
import { ensureAllowed } from "./transitions";

export interface MessageArgs {
  templateId: string;
  subject?: string | null;
  body?: string | null;
}

/**
 * Rejects a SUBMITTED or IN_PROGRESS claim with a message built from a rejection template.
 * A rejected claim is closed, so a hold on it ends too.
 */
export function rejectClaim(
  ctx: GraphQLContext,
  id: string,
  version: number,
  args: MessageArgs,
): Promise<ClaimType> {
  return actOnClaim(ctx, id, version, async (scope) => {
    const { claim } = scope;
    ensureAllowed(claim, "reject");
    const message = await templateMessage(
      scope,
      MessageTemplateKind.REJECTION,
      args.templateId,
      args,
    );

    const before = { status: claim.status, onHold: claim.onHold, holdReason: claim.holdReason };
    claim.status = ClaimStatus.REJECTED;
    claim.onHold = false;
    claim.holdReason = null;
    const email = emailPatient(scope, "REJECTION", agentMessageEmail(message));
    recordEvent(scope, "REJECTED", {
      before,
      after: {
        status: ClaimStatus.REJECTED,
        templateId: message.templateId,
        subject: message.subject,
      },
      email,
    });
  });
}
