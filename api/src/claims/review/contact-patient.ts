import type { GraphQLContext } from "../../graphql/context";
import { agentMessageEmail } from "../../notifications/templates";
import { MessageTemplateKind } from "../../templates/message-template.entity";
import type { ClaimType } from "../claim.types";
import { actOnClaim, emailPatient, recordEvent } from "./claim-action";
import type { MessageArgs } from "./reject-claim";
import { templateMessage } from "./template-message";
import { ensureAllowed } from "./transitions";

/**
 * Writes to the patient from a contact template (a missing document, a question). The claim
 * itself does not change, so its version stays; the timeline keeps what was sent.
 */
export function contactPatient(
  ctx: GraphQLContext,
  id: string,
  version: number,
  args: MessageArgs,
): Promise<ClaimType> {
  return actOnClaim(ctx, id, version, async (scope) => {
    ensureAllowed(scope.claim, "contact");
    const message = await templateMessage(
      scope,
      MessageTemplateKind.CONTACT,
      args.templateId,
      args,
    );

    const email = emailPatient(scope, "CONTACT", agentMessageEmail(message));
    recordEvent(scope, "PATIENT_CONTACTED", {
      after: { templateId: message.templateId, subject: message.subject },
      email,
    });
  });
}
