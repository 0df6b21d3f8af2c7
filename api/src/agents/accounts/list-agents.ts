import { NATIONAL_ROLES } from "../../auth/permissions";
import { PageInfoType } from "../../claims/review/claim-queue.types";
import type { GraphQLContext } from "../../graphql/context";
import { InputError, NotFoundError } from "../../graphql/errors";
import { isUuid } from "../../shared/uuid";
import { Agent } from "../agent.entity";
import { AgentType } from "../agent.types";
import { accountScope, type AccountScope } from "./account-scope";
import { AgentConnectionType, AgentEdgeType } from "./account.types";
import { decodeAgentCursor, encodeAgentCursor, type AgentPosition } from "./agent-cursor";
import { accountsMessages as m } from "./messages";

export const MAX_AGENT_PAGE_SIZE = 100;

export interface AgentListFilter {
  /** Only the accounts attached to this caisse (one the caller administers). */
  caisseId: string | null;
  includeInactive: boolean;
}

interface Condition {
  sql: string;
  params: unknown[];
}

// Sort keys: by last name, first name, then e-mail, which is unique and so makes the order
// total. Accounts without names (made by the command-line tool) come first.
const LAST_KEY = `lower(coalesce(a.last_name, ''))`;
const FIRST_KEY = `lower(coalesce(a.first_name, ''))`;

/**
 * The accounts an administrator manages, by name, in pages (keyset on the sort keys). A
 * caisse has tens of agents and the whole country some thousands: the national list needs
 * pages, and each page costs three statements whatever its size.
 */
export async function listAgents(
  ctx: GraphQLContext,
  filter: AgentListFilter,
  first: number,
  after: string | null,
): Promise<AgentConnectionType> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_AGENT_PAGE_SIZE) {
    throw new InputError("first", m.firstOutOfRange(MAX_AGENT_PAGE_SIZE));
  }
  const position = after === null ? null : decodeAgentCursor(after);
  if (after !== null && position === null) throw new InputError("after", m.badCursor);
  const scope = accountScope(ctx.principal);
  const { caisseId } = filter;
  const managed = scope.caisseIds;
  if (
    caisseId !== null &&
    (!isUuid(caisseId) || (managed !== null && !managed.includes(caisseId)))
  ) {
    throw new NotFoundError(m.caisseNotFound);
  }

  const conditions = scopeConditions(scope);
  if (!filter.includeInactive) conditions.push({ sql: "a.active", params: [] });
  if (caisseId !== null) {
    conditions.push({
      sql: "exists (select 1 from agent_caisse ac where ac.agent_id = a.id and ac.caisse_id = ?)",
      params: [caisseId],
    });
  }
  const where = whereClause(conditions);
  const page = whereClause(position ? [...conditions, afterPosition(position)] : conditions);
  const connection = ctx.em.getConnection();
  const rows = await connection.execute<
    { id: string; last_key: string; first_key: string; email: string }[]
  >(
    `select a.id, ${LAST_KEY} as last_key, ${FIRST_KEY} as first_key, a.email from agent a ` +
      `${page.sql} order by ${LAST_KEY}, ${FIRST_KEY}, a.email limit ?`,
    [...page.params, first + 1],
  );
  const [counted] = await connection.execute<{ n: number }[]>(
    `select count(*)::int as n from agent a ${where.sql}`,
    where.params,
  );

  const shown = rows.slice(0, first);
  const agents = shown.length
    ? await ctx.em.find(
        Agent,
        { id: { $in: shown.map((row) => row.id) } },
        { populate: ["caisses"] },
      )
    : [];
  const byId = new Map(agents.map((agent) => [agent.id, agent]));
  const edges = shown.map((row) => {
    const agent = byId.get(row.id);
    if (!agent) throw new Error("accounts page rows and entities are out of step");
    const cursor = encodeAgentCursor({
      lastNameKey: row.last_key,
      firstNameKey: row.first_key,
      email: row.email,
    });
    return Object.assign(new AgentEdgeType(), { cursor, node: AgentType.from(agent) });
  });
  return Object.assign(new AgentConnectionType(), {
    edges,
    totalCount: counted?.n ?? 0,
    pageInfo: Object.assign(new PageInfoType(), {
      hasNextPage: rows.length > first,
      endCursor: edges.at(-1)?.cursor ?? null,
    }),
  });
}

/** The SQL form of `inAccountScope` (account-scope.ts); nothing for national callers. */
function scopeConditions(scope: AccountScope): Condition[] {
  const managed = scope.caisseIds;
  if (managed === null) return [];
  if (managed.length === 0) return [{ sql: "false", params: [] }];
  const list = (values: readonly unknown[]) => values.map(() => "?").join(", ");
  return [
    { sql: `not (a.roles && array[${list(NATIONAL_ROLES)}]::text[])`, params: [...NATIONAL_ROLES] },
    { sql: "exists (select 1 from agent_caisse ac where ac.agent_id = a.id)", params: [] },
    {
      sql:
        "not exists (select 1 from agent_caisse ac where ac.agent_id = a.id and " +
        `ac.caisse_id not in (${list(managed)}))`,
      params: [...managed],
    },
  ];
}

function afterPosition(position: AgentPosition): Condition {
  return {
    sql: `(${LAST_KEY}, ${FIRST_KEY}, a.email) > (?, ?, ?)`,
    params: [position.lastNameKey, position.firstNameKey, position.email],
  };
}

function whereClause(conditions: Condition[]): Condition {
  if (conditions.length === 0) return { sql: "", params: [] };
  return {
    sql: `where ${conditions.map((c) => `(${c.sql})`).join(" and ")}`,
    params: conditions.flatMap((c) => c.params),
  };
}
