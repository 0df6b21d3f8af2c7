import type { EntityManager, QueryBuilder } from "@mikro-orm/postgresql";
import { LocalDate } from "@js-joda/core";
import { caisseScope } from "../../auth/caisse-scope";
import type { GraphQLContext, Principal } from "../../graphql/context";
import { InputError } from "../../graphql/errors";
import { PARIS } from "../../shared/local-date";
import { isUuid } from "../../shared/uuid";
import { Claim } from "../claim.entity";
import {
  ClaimConnectionType,
  ClaimEdgeType,
  PageInfoType,
  type ClaimFilter,
} from "./claim-queue.types";
import { countUpTo } from "./queue-count";
import { queueClaimOf, QUEUE_ROW_COLUMNS, type QueueRow } from "./queue-rows";
import { decodeCursor, encodeCursor } from "./queue-cursor";
import { parseQueueSearch } from "./queue-search";
import { reviewMessages } from "./messages";

/** A page larger than this would make one request heavy for the database and the browser. */
export const MAX_PAGE_SIZE = 100;

/**
 * The agents' queue: claims of the caller's caisses matching the filter, newest first, by
 * keyset pagination on (submitted_at, id). A page costs the same at any depth (an index range
 * scan from the cursor), its count is bounded (queue-count.ts), and the statements per request
 * do not depend on the page size: the relations a query asks for are loaded for the whole page
 * at once (claim-relations.resolver.ts).
 */
export async function listClaims(
  ctx: GraphQLContext,
  filter: ClaimFilter | null,
  first: number,
  after: string | null,
): Promise<ClaimConnectionType> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new InputError("first", reviewMessages.firstOutOfRange(MAX_PAGE_SIZE));
  }
  const position = after === null ? null : decodeCursor(after);
  if (after !== null && position === null) throw new InputError("after", reviewMessages.badCursor);

  const filtered = filteredQuery(ctx.em, ctx.principal, filter ?? {});
  const page = filtered
    .clone()
    .select(QUEUE_ROW_COLUMNS.map((column) => `c.${column}`))
    .orderBy({ submittedAt: "desc", id: "desc" })
    .limit(first + 1);
  if (position) {
    page.andWhere("(c.submitted_at, c.id) < (?, ?)", [position.submittedAt, position.id]);
  }
  // Two statements at once: the page does not wait for its count.
  const [rows, total] = await Promise.all([
    page.execute<QueueRow[]>("all", true),
    countUpTo(ctx.em, filtered),
  ]);

  const edges = rows
    .slice(0, first)
    .map((row) =>
      Object.assign(new ClaimEdgeType(), { cursor: encodeCursor(row), node: queueClaimOf(row) }),
    );
  const last = edges.at(-1);
  return Object.assign(new ClaimConnectionType(), {
    edges,
    totalCount: total.count,
    totalCountIsExact: total.exact,
    pageInfo: Object.assign(new PageInfoType(), {
      hasNextPage: rows.length > first,
      endCursor: last?.cursor ?? null,
    }),
  });
}

/** The claims a filter designates within the principal's caisses. */
function filteredQuery(
  em: EntityManager,
  principal: Principal,
  filter: ClaimFilter,
): QueryBuilder<Claim> {
  const qb = em.createQueryBuilder(Claim, "c");
  const scope = caisseScope(principal);
  const wanted = filter.caisseIds ?? null;
  if (wanted?.some((id) => !isUuid(id))) {
    throw new InputError("filter.caisseIds", reviewMessages.badCaisseId);
  }
  // Caisses outside the scope simply match nothing, as if they had no claim.
  const caisses =
    wanted === null ? scope : wanted.filter((id) => scope === null || scope.includes(id));
  if (caisses !== null) qb.andWhere({ caisse: { $in: [...caisses] } });
  if (filter.status?.length) qb.andWhere({ status: { $in: filter.status } });
  if (typeof filter.onHold === "boolean") qb.andWhere({ onHold: filter.onHold });
  if (filter.hasConflicts === true) qb.andWhere({ conflictsKept: { $gt: 0 } });
  if (filter.hasConflicts === false) qb.andWhere({ conflictsKept: 0 });
  if (filter.assignedToMe) {
    const me = principal.kind === "agent" ? principal.agentId : null;
    qb.andWhere({ assignedAgent: me });
  }
  const from = filter.submittedFrom ? startOfParisDay(filter.submittedFrom) : null;
  const to = filter.submittedTo ? startOfParisDay(filter.submittedTo, 1) : null;
  if (from && to && to <= from)
    throw new InputError("filter.submittedTo", reviewMessages.datesReversed);
  if (from) qb.andWhere({ submittedAt: { $gte: from } });
  if (to) qb.andWhere({ submittedAt: { $lt: to } });
  if (typeof filter.search === "string") addSearch(qb, filter.search);
  return qb;
}

function addSearch(qb: QueryBuilder<Claim>, text: string): void {
  const search = parseQueueSearch(text);
  if (search === null) throw new InputError("filter.search", reviewMessages.badSearch);
  const patients = "c.patient_id in (select p.id from patient p where";
  switch (search.kind) {
    case "number":
      qb.andWhere({ number: search.number });
      return;
    case "nir":
      if (search.key === null) qb.andWhere(`${patients} p.nir = ?)`, [search.nir]);
      else qb.andWhere(`${patients} p.nir = ? and p.nir_key = ?)`, [search.nir, search.key]);
      return;
    case "email":
      qb.andWhere(`${patients} lower(p.email) = lower(?))`, [search.email]);
      return;
    case "lastName":
      qb.andWhere(`${patients} p.last_name_key like ?)`, [`${search.prefix}%`]);
      return;
  }
}

/** The instant a Paris calendar day (plus `days`) starts, for a timestamptz comparison. */
function startOfParisDay(date: string, days = 0): Date {
  const start = LocalDate.parse(date).plusDays(days).atStartOfDay(PARIS);
  return new Date(start.toInstant().toEpochMilli());
}
