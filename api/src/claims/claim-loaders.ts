import DataLoader from "dataloader";
import { AttachmentType } from "../attachments/attachment.types";
import type { AttachmentKind } from "../attachments/attachment-kind";
import { CaisseType } from "../caisses/caisse.types";
import type { GraphQLContext } from "../graphql/context";
import { PatientType } from "../patients/patient.types";
import { ClaimEventType, TripType } from "./claim.types";
import type { ClaimReviewType } from "./review/claim-review.types";
import { reviewsOf, type ReviewEvent, type ReviewSource } from "./review/claim-views";

/**
 * The relations of a page of claims, each read in one statement for the whole page when a
 * query first asks for it. Plain rows mapped straight to their GraphQL types: a list shows
 * many claims, and entity hydration cost more than the statements themselves.
 */
export interface ClaimLoaders {
  /** By caisse id. */
  caisse: DataLoader<string, CaisseType>;
  /** By patient id. */
  patient: DataLoader<string, PatientType>;
  /** By claim id, in the order the patient typed them. */
  trips: DataLoader<string, TripType[]>;
  /** By claim id, oldest first. */
  attachments: DataLoader<string, AttachmentType[]>;
  /** By claim id, oldest first. */
  events: DataLoader<string, ClaimEventType[]>;
  /** By claim id, oldest first, whole: the timeline of the review. */
  eventRows: DataLoader<string, ReviewEvent[]>;
  /** By claim id: what only agents see, with the same code as a claim's own page. */
  review: DataLoader<string, ClaimReviewType | null>;
}

// One set per request (the context object): cached rows must not outlive the request.
const loadersOfRequest = new WeakMap<GraphQLContext, ClaimLoaders>();

export function claimLoaders(ctx: GraphQLContext): ClaimLoaders {
  let loaders = loadersOfRequest.get(ctx);
  if (!loaders) {
    loaders = createLoaders(ctx);
    loadersOfRequest.set(ctx, loaders);
  }
  return loaders;
}

const marks = (values: readonly unknown[]) => values.map(() => "?").join(", ");

function createLoaders(ctx: GraphQLContext): ClaimLoaders {
  const rows = <T extends object>(sql: string, ids: readonly string[]) =>
    ctx.em.getConnection().execute<T[]>(sql.replace("(:ids)", `(${marks(ids)})`), [...ids]);
  const loaders: ClaimLoaders = {
    caisse: new DataLoader(async (ids) => {
      const found = await rows<CaisseRow>(
        `select id, number, name, active, convocation_allowed as "convocationAllowed",
                parking_allowed as "parkingAllowed"
           from caisse where id in (:ids)`,
        ids,
      );
      return byKey(ids, found, (row) => row.id, CaisseType.from);
    }),
    patient: new DataLoader(async (ids) => {
      const found = await rows<PatientRow>(
        `select id, first_name as "firstName", last_name as "lastName",
                to_char(birth_date, 'YYYY-MM-DD') as "birthDate", nir, nir_key as "nirKey", email,
                phone
           from patient where id in (:ids)`,
        ids,
      );
      return byKey(ids, found, (row) => row.id, PatientType.from);
    }),
    trips: new DataLoader(async (ids) => {
      const found = await rows<TripRow>(
        `select claim_id as "claimId", to_char(outbound_date, 'YYYY-MM-DD') as "outboundDate",
                to_char(return_date, 'YYYY-MM-DD') as "returnDate"
           from trip where claim_id in (:ids) order by claim_id, position`,
        ids,
      );
      return groupedBy(ids, found, ({ claimId: _, ...trip }) =>
        Object.assign(new TripType(), trip),
      );
    }),
    attachments: new DataLoader(async (ids) => {
      const found = await rows<AttachmentRow>(
        `select claim_id as "claimId", id, kind, file_name as "fileName",
                content_type as "contentType", size_bytes as "sizeBytes"
           from attachment where claim_id in (:ids) order by claim_id, created_at, id`,
        ids,
      );
      return groupedBy(ids, found, AttachmentType.from);
    }),
    eventRows: new DataLoader(async (ids) => {
      const found = await rows<EventRow>(
        `select claim_id as "claimId", extract(epoch from at) * 1000 as "atMs", type,
                actor_type as "actorType", actor_id as "actorId", before, after,
                email_id as "emailId"
           from claim_event where claim_id in (:ids) order by claim_id, at, id`,
        ids,
      );
      return groupedBy(ids, found, ({ claimId: _, atMs, ...event }) => ({
        ...event,
        at: new Date(Number(atMs)),
      }));
    }),
    events: new DataLoader(async (ids) =>
      (await loaders.eventRows.loadMany(ids)).map((events) =>
        events instanceof Error
          ? events
          : events.map(({ at, type, actorType }) =>
              Object.assign(new ClaimEventType(), { at, type, actorType }),
            ),
      ),
    ),
    // Trips and events come from the loaders the claims' own fields use: a page asking for
    // both reads them once.
    review: new DataLoader(async (ids) => {
      const [claims, trips, events] = await Promise.all([
        rows<ReviewClaimRow>(
          `select c.id, c.number, c.status, c.hold_reason as "holdReason", c.snapshot,
                  c.uses_vehicle as "usesVehicle", c.distance_km as "distanceKm",
                  c.tolls_cents as "tollsCents", c.parking_cents as "parkingCents",
                  c.public_transport_cents as "publicTransportCents",
                  extract(epoch from c.submitted_at) * 1000 as "submittedAtMs",
                  to_char(c.mandate_date, 'YYYY-MM-DD') as "mandateDate",
                  c.payment_base_cents as "paymentBaseCents",
                  c.payment_amount_cents as "paymentAmountCents", c.shift, c.finess, c.adeli,
                  p.first_name as "patientFirstName", a.id as "agentId", a.email as "agentEmail"
             from claim c
             join patient p on p.id = c.patient_id
             left join agent a on a.id = c.assigned_agent_id
            where c.id in (:ids)`,
          ids,
        ),
        loaders.trips.loadMany(ids),
        loaders.eventRows.loadMany(ids),
      ]);
      const byId = new Map(claims.map((claim) => [claim.id, claim]));
      const sources = ids.flatMap((id, i): ReviewSource[] => {
        const claim = byId.get(id);
        const claimTrips = trips[i];
        const claimEvents = events[i];
        if (!claim || !claimTrips || claimTrips instanceof Error) return [];
        if (!claimEvents || claimEvents instanceof Error) return [];
        const { submittedAtMs, patientFirstName, agentId, agentEmail, ...scalars } = claim;
        return [
          {
            id,
            claim: { ...scalars, submittedAt: new Date(Number(submittedAtMs)) },
            patientFirstName,
            assignedAgent: agentId && agentEmail ? { id: agentId, email: agentEmail } : null,
            trips: claimTrips,
            events: claimEvents,
          },
        ];
      });
      const reviews = await reviewsOf(ctx.em, sources, ctx.principal);
      const byClaim = new Map(sources.map((source, i) => [source.id, reviews[i] ?? null]));
      return ids.map((id) => byClaim.get(id) ?? null);
    }),
  };
  return loaders;
}

interface CaisseRow {
  id: string;
  number: string;
  name: string;
  active: boolean;
  convocationAllowed: boolean;
  parkingAllowed: boolean;
}

interface PatientRow {
  id: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  nir: string;
  nirKey: string;
  email: string;
  phone: string | null;
}

interface TripRow {
  claimId: string;
  outboundDate: string;
  returnDate: string | null;
}

interface AttachmentRow {
  claimId: string;
  id: string;
  kind: AttachmentKind;
  fileName: string;
  contentType: string;
  sizeBytes: number;
}

interface EventRow extends Omit<ReviewEvent, "at"> {
  claimId: string;
  /** A timestamptz comes unparsed from a raw statement: epoch milliseconds instead. */
  atMs: number;
}

type ReviewClaimRow = Omit<ReviewSource["claim"], "submittedAt"> & {
  id: string;
  submittedAtMs: number;
  patientFirstName: string;
  agentId: string | null;
  agentEmail: string | null;
};

/** One value per key, in the keys' order; a key without a row is an error of that key only. */
function byKey<R, V>(
  keys: readonly string[],
  rows: R[],
  keyOf: (row: R) => string,
  map: (row: R) => V,
): (V | Error)[] {
  const found = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => {
    const row = found.get(key);
    return row === undefined ? new Error(`no row for ${key}`) : map(row);
  });
}

/** The rows of each claim, in the keys' order (rows keep their order within a claim). */
function groupedBy<R extends { claimId: string }, V>(
  claimIds: readonly string[],
  rows: R[],
  map: (row: R) => V,
): V[][] {
  const groups = new Map<string, V[]>(claimIds.map((id) => [id, []]));
  for (const row of rows) groups.get(row.claimId)?.push(map(row));
  return claimIds.map((id) => groups.get(id) ?? []);
}
