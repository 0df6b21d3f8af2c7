import { caisseScope } from "../../auth/caisse-scope";
import type { GraphQLContext } from "../../graphql/context";
import { Claim } from "../claim.entity";
import { ClaimStatus } from "../claim-enums";
import { loadClaimViews } from "./claim-views";
import { DashboardType, StatusCountType } from "./dashboard.types";

const MY_CLAIMS_SHOWN = 10;

/** The agent's dashboard over their caisses (SPEC 6): counts, their work, the oldest waiting. */
export async function dashboard(ctx: GraphQLContext): Promise<DashboardType> {
  const { em, principal } = ctx;
  const scope = caisseScope(principal);
  const inScope = scope === null ? {} : { caisse: { $in: [...scope] } };
  const me = principal.kind === "agent" ? principal.agentId : null;

  const counts = await em
    .createQueryBuilder(Claim, "c")
    .select(["c.status", "count(*) as count"])
    .where(inScope)
    .groupBy("c.status")
    .execute<{ status: ClaimStatus; count: string }[]>("all", false);
  const onHoldCount = await em.count(Claim, {
    ...inScope,
    onHold: true,
    status: { $in: [ClaimStatus.SUBMITTED, ClaimStatus.IN_PROGRESS] },
  });
  const mineWhere = { ...inScope, assignedAgent: me, status: ClaimStatus.IN_PROGRESS };
  const myInProgressCount = me === null ? 0 : await em.count(Claim, mineWhere);
  const mine =
    me === null
      ? []
      : await em.find(Claim, mineWhere, {
          fields: ["id"],
          orderBy: { submittedAt: "asc", id: "asc" },
          limit: MY_CLAIMS_SHOWN,
        });
  const oldest = await em.findOne(
    Claim,
    { ...inScope, status: ClaimStatus.SUBMITTED, onHold: false },
    { fields: ["id"], orderBy: { submittedAt: "asc", id: "asc" } },
  );

  const ids = [...mine.map((c) => c.id), ...(oldest ? [oldest.id] : [])];
  const views = await loadClaimViews(em, ids, principal);
  const countOf = (status: ClaimStatus) =>
    Number(counts.find((row) => row.status === status)?.count ?? 0);
  return Object.assign(new DashboardType(), {
    countsByStatus: Object.values(ClaimStatus).map((status) =>
      Object.assign(new StatusCountType(), { status, count: countOf(status) }),
    ),
    onHoldCount,
    myInProgressCount,
    myInProgress: views.slice(0, mine.length),
    oldestWaiting: oldest ? (views.at(-1) ?? null) : null,
  });
}
