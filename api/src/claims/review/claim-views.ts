import type { EntityManager } from "@mikro-orm/postgresql";
import { Agent } from "../../agents/agent.entity";
import type { Principal } from "../../graphql/context";
import { Claim } from "../claim.entity";
import { ActorType, LEGACY_STATUS_CODES } from "../claim-enums";
import { ClaimType, TripType } from "../claim.types";
import {
  amountAtRate,
  paymentDelayDays,
  reimbursementBaseCents,
  savingCents,
  tariffOn,
  taxiReferenceCents,
} from "../computations";
import {
  ClaimAgentType,
  ClaimAmountsType,
  ClaimPaymentType,
  ClaimReviewType,
  ClaimSnapshotType,
  ClaimTimelineEventType,
  RelatedClaimType,
} from "./claim-review.types";
import { relatedClaimsOf, type RelatedClaim } from "./related-claims";
import { readSnapshot } from "./snapshot";

/**
 * The agents' view of claims, in the order of `ids`. The number of SQL statements is fixed
 * whatever the number of claims: one per relation (select-in strategy), one for the agents
 * named in the timelines, one for the related claims.
 */
export async function loadClaimViews(
  em: EntityManager,
  ids: string[],
  principal: Principal,
): Promise<ClaimType[]> {
  if (ids.length === 0) return [];
  const claims = await em.find(
    Claim,
    { id: { $in: ids } },
    {
      populate: ["caisse", "patient", "trips", "attachments", "events", "assignedAgent"],
      strategy: "select-in",
      refresh: true,
    },
  );
  const actorIds = new Set<string>();
  for (const claim of claims) {
    for (const event of claim.events) {
      if (event.actorType === ActorType.AGENT && event.actorId) actorIds.add(event.actorId);
    }
  }
  const agents = actorIds.size === 0 ? [] : await em.find(Agent, { id: { $in: [...actorIds] } });
  const emails = new Map(agents.map((agent) => [agent.id, agent.email]));
  const related = await relatedClaimsOf(em, ids, principal);
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  return ids.flatMap((id) => {
    const claim = byId.get(id);
    if (!claim) return [];
    const review = reviewOf(claim, principal, emails, related.get(id) ?? []);
    return [ClaimType.from(claim, review)];
  });
}

/** One claim's agent view; NOT_FOUND is the caller's business (scope is checked before). */
export async function loadClaimViewForAgent(
  em: EntityManager,
  id: string,
  principal: Principal,
): Promise<ClaimType> {
  const [view] = await loadClaimViews(em, [id], principal);
  if (!view) throw new Error(`claim ${id} vanished after its action`);
  return view;
}

function reviewOf(
  claim: Claim,
  principal: Principal,
  emails: Map<string, string>,
  related: RelatedClaim[],
): ClaimReviewType {
  const agent = claim.assignedAgent;
  const myId = principal.kind === "agent" ? principal.agentId : null;
  return Object.assign(new ClaimReviewType(), {
    holdReason: claim.holdReason,
    assignedAgent: agent
      ? Object.assign(new ClaimAgentType(), { id: agent.id, email: agent.email })
      : null,
    assignedToMe: agent !== null && agent.id === myId,
    original: snapshotOf(claim),
    amounts: amountsOf(claim),
    relatedClaims: related.map((r) => Object.assign(new RelatedClaimType(), r)),
    timeline: claim.events.getItems().map((event) =>
      Object.assign(new ClaimTimelineEventType(), {
        at: event.at,
        type: event.type,
        actorType: event.actorType,
        actorId: event.actorId,
        actorEmail: event.actorId ? (emails.get(event.actorId) ?? null) : null,
        before: event.before,
        after: event.after,
        emailSent: event.emailId !== null,
      }),
    ),
    payment: Object.assign(new ClaimPaymentType(), {
      mandateDate: claim.mandateDate,
      baseCents: claim.paymentBaseCents,
      amountCents: claim.paymentAmountCents,
      shift: claim.shift,
      finess: claim.finess,
      adeli: claim.adeli,
    }),
    legacyStatusCode: LEGACY_STATUS_CODES[claim.status],
  });
}

function snapshotOf(claim: Claim): ClaimSnapshotType {
  const typed = readSnapshot(claim.snapshot);
  return Object.assign(new ClaimSnapshotType(), {
    ...typed,
    trips: typed.trips.map((trip) => Object.assign(new TripType(), trip)),
  });
}

function amountsOf(claim: Claim): ClaimAmountsType {
  const trips = claim.trips.getItems();
  const firstTrip = trips.map((trip) => trip.outboundDate).sort()[0];
  const tariff = tariffOn(firstTrip ?? claim.submittedAt.toISOString().slice(0, 10));
  const taxi =
    claim.usesVehicle && claim.distanceKm !== null
      ? taxiReferenceCents(claim.distanceKm, trips, tariff)
      : null;
  const base = reimbursementBaseCents(claim, tariff);
  return Object.assign(new ClaimAmountsType(), {
    taxiReferenceCents: taxi,
    reimbursementBaseCents: base,
    generalRatePercent: tariff.generalRatePercent,
    amountAtGeneralRateCents: amountAtRate(base, tariff.generalRatePercent),
    amountAtFullRateCents: amountAtRate(base, 100),
    savingCents: savingCents({
      shift: claim.shift,
      usesVehicle: claim.usesVehicle,
      taxiReferenceCents: taxi,
      paymentBaseCents: claim.paymentBaseCents,
    }),
    paymentDelayDays: paymentDelayDays(claim.submittedAt, claim.mandateDate),
  });
}
