import { Arg, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import { Requires } from "../../auth/access";
import type { GraphQLContext } from "../../graphql/context";
import { ClaimType } from "../claim.types";
import { agentClaim } from "./agent-claim";
import { ClaimConnectionType, ClaimFilter } from "./claim-queue.types";
import { dashboardOf } from "./dashboard";
import { DashboardType } from "./dashboard.types";
import { listClaims, MAX_PAGE_SIZE } from "./list-claims";

/** What agents read: the queue, a claim, their dashboard; always within their caisses. */
@Resolver()
export class ClaimQueueResolver {
  @Requires("claims:read")
  @Query(() => ClaimConnectionType, {
    description:
      "Claims the caller may see, newest first unless told otherwise. Pagination par curseur " +
      `(au plus ${MAX_PAGE_SIZE} par page).`,
  })
  claims(
    @Arg("filter", () => ClaimFilter, { nullable: true }) filter: ClaimFilter | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: 20 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ClaimConnectionType> {
    return listClaims(ctx, filter ?? null, first, after ?? null);
  }

  @Requires("claims:read")
  @Query(() => ClaimType, {
    nullable: true,
    description: "Une demande de vos caisses ; NOT_FOUND si elle n'existe pas ou n'en est pas.",
  })
  claim(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<ClaimType> {
    return agentClaim(ctx, id);
  }

  @Requires("claims:read")
  @Query(() => DashboardType, { description: "Tableau de bord de l'agent connecté." })
  dashboard(@Ctx() ctx: GraphQLContext): DashboardType {
    return dashboardOf(ctx.principal);
  }
}
