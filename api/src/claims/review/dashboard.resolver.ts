import { Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { GraphQLContext } from "../../graphql/context";
import { ClaimType } from "../claim.types";
import {
  countsByStatus,
  myInProgress,
  myInProgressCount,
  oldestWaiting,
  onHoldCount,
} from "./dashboard";
import { DashboardType, StatusCountType } from "./dashboard.types";

/** The dashboard's parts, each read only when the query asks for it. */
@Resolver(() => DashboardType)
export class DashboardResolver {
  @FieldResolver(() => [StatusCountType])
  countsByStatus(
    @Root() root: DashboardType,
    @Ctx() ctx: GraphQLContext,
  ): Promise<StatusCountType[]> {
    return countsByStatus(ctx.em, root.scope);
  }

  @FieldResolver(() => Int)
  onHoldCount(@Root() root: DashboardType, @Ctx() ctx: GraphQLContext): Promise<number> {
    return onHoldCount(ctx.em, root.scope);
  }

  @FieldResolver(() => Int)
  myInProgressCount(@Root() root: DashboardType, @Ctx() ctx: GraphQLContext): Promise<number> {
    return myInProgressCount(ctx.em, root.scope, root.agentId);
  }

  @FieldResolver(() => [ClaimType])
  myInProgress(@Root() root: DashboardType, @Ctx() ctx: GraphQLContext): Promise<ClaimType[]> {
    return myInProgress(ctx.em, root.scope, root.agentId);
  }

  @FieldResolver(() => ClaimType, { nullable: true })
  oldestWaiting(
    @Root() root: DashboardType,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ClaimType | null> {
    return oldestWaiting(ctx.em, root.scope);
  }
}
