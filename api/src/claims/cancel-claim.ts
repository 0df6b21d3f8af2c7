import { LockMode } from "@mikro-orm/core";
import type { GraphQLContext } from "../graphql/context";
import { InvalidTransitionError, NotFoundError } from "../graphql/errors";
import { enqueueEmail } from "../notifications/enqueue-email";
import { cancellationEmail } from "../notifications/templates";
import { Claim } from "./claim.entity";
import { ClaimEvent } from "./claim-event.entity";
import { ActorType, ClaimStatus } from "./claim-enums";
import type { ClaimType } from "./claim.types";
import { loadClaimView } from "./load-claim";
import { claimMessages } from "./messages";
import { claimOfPersonalLink } from "./patient-access";

/**
 * The patient cancels a claim through the personal link, only while it is SUBMITTED
 * (SPEC 4.4). The row is locked, so an agent taking the claim at the same moment either
 * comes first (and the cancellation is refused) or sees it cancelled. Cancelling twice
 * answers with the cancelled claim: a retried click is harmless.
 */
export async function cancelClaim(
  ctx: GraphQLContext,
  claimId: string,
  token: string,
): Promise<ClaimType> {
  const now = ctx.now();
  const found = await claimOfPersonalLink(ctx.em, claimId, token, now);
  if (!found) throw new NotFoundError(claimMessages.claimNotFound);

  await ctx.em.transactional(async (tx) => {
    const claim = await tx.findOneOrFail(Claim, found.id, {
      lockMode: LockMode.PESSIMISTIC_WRITE,
      refresh: true,
      populate: ["patient", "caisse"],
    });
    if (claim.status === ClaimStatus.CANCELLED) return;
    if (claim.status !== ClaimStatus.SUBMITTED) {
      throw new InvalidTransitionError(claimMessages.notCancellable);
    }

    claim.status = ClaimStatus.CANCELLED;
    const email = enqueueEmail(tx, {
      kind: "CANCELLATION",
      claimId: claim.id,
      recipient: claim.patient.email,
      replyTo: claim.caisse.processingEmail,
      ...cancellationEmail({ firstName: claim.patient.firstName, claimNumber: claim.number }),
    });
    tx.create(ClaimEvent, {
      claim,
      at: now,
      type: "CANCELLED",
      actorType: ActorType.PATIENT,
      actorId: claim.patient.id,
      before: { status: ClaimStatus.SUBMITTED },
      after: { status: ClaimStatus.CANCELLED },
      emailId: email.id,
    });
  });
  ctx.logger.info({ claimId }, "claim cancelled by the patient");
  return loadClaimView(ctx.em, claimId);
}
