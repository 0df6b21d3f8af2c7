import type { EntityManager } from "@mikro-orm/postgresql";
import { caisseScope } from "../../auth/caisse-scope";
import type { Principal } from "../../graphql/context";
import { Claim } from "../claim.entity";
import { ClaimStatus } from "../claim-enums";
import type { ClaimType } from "../claim.types";
import { DashboardType, StatusCountType } from "./dashboard.types";
import { EXACT_COUNT_LIMIT } from "./queue-count";
import { queueClaimOf, QUEUE_ROW_COLUMNS, type QueueRow } from "./queue-rows";

const MY_CLAIMS_SHOWN = 10;

/**
 * The agent's dashboard over their caisses (SPEC 6): counts, their work, the oldest waiting.
 * Only the scope is settled here; each part is read when the query asks for it.
 */
export function dashboardOf(principal: Principal): DashboardType {
  return Object.assign(new DashboardType(), {
    scope: caisseScope(principal),
    agentId: principal.kind === "agent" ? principal.agentId : null,
  });
}

const marks = (values: readonly unknown[]) => values.map(() => "?").join(", ") || "null";

/** `and caisse_id in (…)` for a scope, with its parameters; nothing for every caisse. */
function inScope(scope: readonly string[] | null): [string, string[]] {
  return scope === null ? ["", []] : [`and caisse_id in (${marks(scope)})`, [...scope]];
}

/**
 * Claims per status, each counted up to the queue's exact-count limit: one index-only range
 * scan of (status, caisse) per status, bounded whatever the number of claims in scope.
 */
export async function countsByStatus(
  em: EntityManager,
  scope: readonly string[] | null,
): Promise<StatusCountType[]> {
  const statuses = Object.values(ClaimStatus);
  const [caisses, params] = inScope(scope);
  const rows = await em.execute<{ status: ClaimStatus; n: number }[]>(
    `select s.status,
            (select count(*) from (select 1 from claim
                                    where status = s.status ${caisses} limit ?) as capped)::int as n
       from (values ${statuses.map(() => "(?)").join(", ")}) as s(status)`,
    [...params, EXACT_COUNT_LIMIT + 1, ...statuses],
  );
  return statuses.map((status) => {
    const found = rows.find((row) => row.status === status)?.n ?? 0;
    return Object.assign(new StatusCountType(), {
      status,
      count: Math.min(found, EXACT_COUNT_LIMIT),
      countIsExact: found <= EXACT_COUNT_LIMIT,
    });
  });
}

/** Few claims are on hold: a partial index holds them (claim_on_hold_index). */
export async function onHoldCount(
  em: EntityManager,
  scope: readonly string[] | null,
): Promise<number> {
  const [caisses, params] = inScope(scope);
  const [row] = await em.execute<{ n: number }[]>(
    `select count(*)::int as n from claim
      where on_hold and status in (?, ?) ${caisses}`,
    [ClaimStatus.SUBMITTED, ClaimStatus.IN_PROGRESS, ...params],
  );
  return row?.n ?? 0;
}

export function myInProgressCount(
  em: EntityManager,
  scope: readonly string[] | null,
  agentId: string | null,
): Promise<number> {
  if (agentId === null) return Promise.resolve(0);
  return em.count(Claim, mine(scope, agentId));
}

export async function myInProgress(
  em: EntityManager,
  scope: readonly string[] | null,
  agentId: string | null,
): Promise<ClaimType[]> {
  if (agentId === null) return [];
  const rows = await em
    .createQueryBuilder(Claim, "c")
    .select(QUEUE_ROW_COLUMNS.map((column) => `c.${column}`))
    .where(mine(scope, agentId))
    .orderBy({ submittedAt: "asc", id: "asc" })
    .limit(MY_CLAIMS_SHOWN)
    .execute<QueueRow[]>("all", true);
  return rows.map(queueClaimOf);
}

export async function oldestWaiting(
  em: EntityManager,
  scope: readonly string[] | null,
): Promise<ClaimType | null> {
  const [row] = await em
    .createQueryBuilder(Claim, "c")
    .select(QUEUE_ROW_COLUMNS.map((column) => `c.${column}`))
    .where({ ...scopeCondition(scope), status: ClaimStatus.SUBMITTED, onHold: false })
    .orderBy({ submittedAt: "asc", id: "asc" })
    .limit(1)
    .execute<QueueRow[]>("all", true);
  return row ? queueClaimOf(row) : null;
}

function scopeCondition(scope: readonly string[] | null) {
  return scope === null ? {} : { caisse: { $in: [...scope] } };
}

function mine(scope: readonly string[] | null, agentId: string) {
  return { ...scopeCondition(scope), assignedAgent: agentId, status: ClaimStatus.IN_PROGRESS };
}
