import { LockMode, OptimisticLockError } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import { ensureInScope } from "../../auth/caisse-scope";
import type { AgentPrincipal, GraphQLContext } from "../../graphql/context";
import { ConflictError, NotFoundError, UnauthenticatedError } from "../../graphql/errors";
import { enqueueEmail } from "../../notifications/enqueue-email";
import type { OutboxEmail } from "../../notifications/outbox-email.entity";
import type { EmailContent } from "../../notifications/templates";
import { isUuid } from "../../shared/uuid";
import { Claim } from "../claim.entity";
import { ClaimEvent } from "../claim-event.entity";
import { ActorType } from "../claim-enums";
import type { ClaimType } from "../claim.types";
import { loadClaimViewForAgent } from "./claim-views";
import { reviewMessages } from "./messages";

/** What an action's body works with: the locked claim (patient and caisse loaded). */
export interface ActionScope {
  tx: EntityManager;
  claim: Claim;
  agent: AgentPrincipal;
  now: Date;
}

/**
 * The frame of every agent action on one claim, in one transaction: the claim row is locked,
 * must be in the caller's caisses (else NOT_FOUND, as for a missing claim) and still at the
 * version the agent read (else CONFLICT); then the action changes it and writes its event and
 * e-mail, which commit together or not at all. Returns the agent's fresh view of the claim.
 */
export async function actOnClaim(
  ctx: GraphQLContext,
  claimId: string,
  version: number,
  action: (scope: ActionScope) => Promise<void>,
): Promise<ClaimType> {
  const agent = agentOf(ctx);
  await runInTransaction(ctx, agent, claimId, version, action);
  return loadClaimViewForAgent(ctx.em, claimId, ctx.principal);
}

/** The same frame without the final view, for bulk actions that report outcomes. */
export async function runInTransaction(
  ctx: GraphQLContext,
  agent: AgentPrincipal,
  claimId: string,
  version: number,
  action: (scope: ActionScope) => Promise<void>,
): Promise<void> {
  if (!isUuid(claimId)) throw new NotFoundError(reviewMessages.claimNotFound);
  try {
    await ctx.em.transactional(async (tx) => {
      // Locked alone: a join would lock the caisse row too and serialise a whole caisse.
      const row = await tx.findOne(Claim, claimId, {
        lockMode: LockMode.PESSIMISTIC_WRITE,
        refresh: true,
      });
      const claim = ensureInScope(
        agent,
        row,
        (c) => c.caisse.id,
        () => new NotFoundError(reviewMessages.claimNotFound),
      );
      // Checked before the status: of two agents acting on what they both read, the second
      // learns that the claim changed under them, not that their action is impossible.
      if (claim.version !== version) throw new ConflictError();
      await tx.populate(claim, ["patient", "caisse"]);
      await action({ tx, claim, agent, now: ctx.now() });
    });
  } catch (error) {
    if (error instanceof OptimisticLockError) throw new ConflictError();
    throw error;
  }
}

export function agentOf(ctx: GraphQLContext): AgentPrincipal {
  if (ctx.principal.kind !== "agent") throw new UnauthenticatedError();
  return ctx.principal;
}

/** Appends the action's audit event. */
export function recordEvent(
  scope: ActionScope,
  type: string,
  change: {
    before?: Record<string, unknown>;
    after?: Record<string, unknown>;
    email?: OutboxEmail;
  },
): ClaimEvent {
  return scope.tx.create(ClaimEvent, {
    claim: scope.claim,
    at: scope.now,
    type,
    actorType: ActorType.AGENT,
    actorId: scope.agent.agentId,
    before: change.before ?? null,
    after: change.after ?? null,
    emailId: change.email?.id ?? null,
  });
}

/** Queues an e-mail to the patient, replying to the claim's caisse mailbox. */
export function emailPatient(scope: ActionScope, kind: string, content: EmailContent): OutboxEmail {
  const { claim } = scope;
  return enqueueEmail(scope.tx, {
    kind,
    claimId: claim.id,
    recipient: claim.patient.email,
    replyTo: claim.caisse.processingEmail,
    subject: content.subject.slice(0, 200),
    body: content.body,
  });
}
