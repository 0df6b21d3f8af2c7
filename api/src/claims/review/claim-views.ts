import type { EntityManager } from "@mikro-orm/postgresql";
import { Agent } from "../../agents/agent.entity";
import type { Principal } from "../../graphql/context";
import { Claim } from "../claim.entity";
import type { ClaimEvent } from "../claim-event.entity";
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
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  const found = ids.flatMap((id) => byId.get(id) ?? []);
  const reviews = await reviewsOf(em, found.map(reviewSourceOf), principal);
  return found.map((claim, i) => ClaimType.from(claim, reviews[i]));
}

/** What an agent's review of a claim is computed from, however the claim was read. */
export interface ReviewSource {
  id: string;
  claim: Pick<
    Claim,
    | "number"
    | "status"
    | "holdReason"
    | "snapshot"
    | "usesVehicle"
    | "distanceKm"
    | "tollsCents"
    | "parkingCents"
    | "publicTransportCents"
    | "submittedAt"
    | "mandateDate"
    | "paymentBaseCents"
    | "paymentAmountCents"
    | "shift"
    | "finess"
    | "adeli"
  >;
  patientFirstName: string;
  assignedAgent: { id: string; email: string } | null;
  /** In the order the patient typed them. */
  trips: { outboundDate: string; returnDate: string | null }[];
  /** Oldest first. */
  events: ReviewEvent[];
}

export type ReviewEvent = Pick<
  ClaimEvent,
  "at" | "type" | "actorType" | "actorId" | "before" | "after" | "emailId"
>;

function reviewSourceOf(claim: Claim): ReviewSource {
  const agent = claim.assignedAgent;
  return {
    id: claim.id,
    claim,
    patientFirstName: claim.patient.firstName,
    assignedAgent: agent ? { id: agent.id, email: agent.email } : null,
    trips: claim.trips.getItems(),
    events: claim.events.getItems(),
  };
}

/**
 * The agents' reviews of claims read elsewhere (a page of the queue, whose trips and events are
 * read once for the page and shared with the claims' own fields): in the order of `sources`.
 * Three statements whatever their number: the agents named in the timelines, the related
 * claims, the tariff table.
 */
export async function reviewsOf(
  em: EntityManager,
  sources: ReviewSource[],
  principal: Principal,
): Promise<ClaimReviewType[]> {
  if (sources.length === 0) return [];
  const { emails, related, tariffs } = await reviewContext(em, sources, principal);
  return sources.map((source) =>
    reviewOf(source, principal, emails, related.get(source.id) ?? [], tariffs),
  );
}

/** What reviews need beyond their claims: timeline agents, related claims, tariffs. */
async function reviewContext(em: EntityManager, sources: ReviewSource[], principal: Principal) {
  const actorIds = new Set<string>();
  for (const source of sources) {
    for (const event of source.events) {
      if (event.actorType === ActorType.AGENT && event.actorId) actorIds.add(event.actorId);
    }
  }
  const agents = actorIds.size === 0 ? [] : await em.find(Agent, { id: { $in: [...actorIds] } });
  const emails = new Map(agents.map((agent) => [agent.id, agent.email]));
  const ids = sources.map((source) => source.id);
  const related = await relatedClaimsOf(em, ids, principal);
  const tariffs = await loadTariffBook(em);
  return { emails, related, tariffs };
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
  source: ReviewSource,
  principal: Principal,
  emails: Map<string, string>,
  related: RelatedClaim[],
  tariffs: TariffBook,
): ClaimReviewType {
  const { claim } = source;
  const agent = source.assignedAgent;
  const myId = principal.kind === "agent" ? principal.agentId : null;
  return Object.assign(new ClaimReviewType(), {
    holdReason: claim.holdReason,
    assignedAgent: agent
      ? Object.assign(new ClaimAgentType(), { id: agent.id, email: agent.email })
      : null,
    assignedToMe: agent !== null && agent.id === myId,
    original: snapshotOf(claim),
    amounts: amountsOf(source, tariffs),
    relatedClaims: related.map((r) => Object.assign(new RelatedClaimType(), r)),
    timeline: source.events.map((event) =>
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
    validationEmailPreview: Object.assign(
      new EmailPreviewType(),
      validationEmailOf({ number: claim.number, patient: { firstName: source.patientFirstName } }),
    ),
  });
}

function snapshotOf(claim: ReviewSource["claim"]): ClaimSnapshotType {
  const typed = readSnapshot(claim.snapshot);
  return Object.assign(new ClaimSnapshotType(), {
    ...typed,
    trips: typed.trips.map((trip) => Object.assign(new TripType(), trip)),
  });
}

/** SPEC 4.6 with the rates in force on the first trip's date (the submission's, without trips). */
function amountsOf(source: ReviewSource, tariffs: TariffBook): ClaimAmountsType {
  const { claim, trips } = source;
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
