import type { EntityManager } from "@mikro-orm/postgresql";
import { Agent } from "../../agents/agent.entity";
import type { Principal } from "../../graphql/context";
import { Claim } from "../claim.entity";
import { ActorType, LEGACY_STATUS_CODES } from "../claim-enums";
import { ClaimType, TripType } from "../claim.types";
import { LocalDate } from "@js-joda/core";
import { PARIS } from "../../shared/local-date";
import {
  paidCents,
  paymentDelayDays,
  reimbursementBaseCents,
  savingCents,
  taxiReferenceCents,
} from "../../tariffs/computations";
import { loadTariffBook, type TariffBook } from "../../tariffs/tariff-book";
import {
  ClaimAgentType,
  ClaimAmountsType,
  ClaimPaymentType,
  ClaimReviewType,
  ClaimSnapshotType,
  ClaimTimelineEventType,
  EmailPreviewType,
  RelatedClaimType,
} from "./claim-review.types";
import { relatedClaimsOf, type RelatedClaim } from "./related-claims";
import { readSnapshot } from "./snapshot";
import { validationEmailOf } from "./validation-email";

/**
 * The agents' view of claims, in the order of `ids`. The number of SQL statements is fixed
 * whatever the number of claims: one per relation (select-in strategy), one for the agents
 * named in the timelines, one for the related claims, one for the tariff table.
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
  const tariffs = await loadTariffBook(em);
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  return ids.flatMap((id) => {
    const claim = byId.get(id);
    if (!claim) return [];
    const review = reviewOf(claim, principal, emails, related.get(id) ?? [], tariffs);
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
  tariffs: TariffBook,
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
    amounts: amountsOf(claim, tariffs),
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
    validationEmailPreview: Object.assign(new EmailPreviewType(), validationEmailOf(claim)),
  });
}

function snapshotOf(claim: Claim): ClaimSnapshotType {
  const typed = readSnapshot(claim.snapshot);
  return Object.assign(new ClaimSnapshotType(), {
    ...typed,
    trips: typed.trips.map((trip) => Object.assign(new TripType(), trip)),
  });
}

/** SPEC 4.6 with the rates in force on the first trip's date (the submission's, without trips). */
function amountsOf(claim: Claim, tariffs: TariffBook): ClaimAmountsType {
  const trips = claim.trips.getItems();
  const firstTrip = trips.map((trip) => trip.outboundDate).sort()[0];
  const rates = tariffs.ratesAt(firstTrip ?? claim.submittedAt.toISOString().slice(0, 10));
  const taxi =
    claim.usesVehicle && claim.distanceKm !== null
      ? taxiReferenceCents(claim.distanceKm, trips, rates)
      : null;
  const base = reimbursementBaseCents(
    {
      distanceKm: claim.distanceKm ?? 0,
      tollsCents: claim.tollsCents ?? 0,
      parkingCents: claim.parkingCents ?? 0,
      publicTransportCents: claim.publicTransportCents ?? 0,
    },
    rates,
  );
  const mandate = claim.mandateDate
    ? new Date(LocalDate.parse(claim.mandateDate).atStartOfDay(PARIS).toInstant().toEpochMilli())
    : null;
  return Object.assign(new ClaimAmountsType(), {
    taxiReferenceCents: taxi,
    reimbursementBaseCents: base,
    generalRatePercent: rates.coverageGeneralPercent,
    amountAtGeneralRateCents: paidCents(base, rates.coverageGeneralPercent),
    amountAtFullRateCents: paidCents(base, 100),
    savingCents:
      taxi === null
        ? null
        : savingCents(taxi, claim.paymentBaseCents, claim.shift === true, claim.usesVehicle),
    paymentDelayDays: mandate ? paymentDelayDays(claim.submittedAt, mandate) : null,
  });
}
