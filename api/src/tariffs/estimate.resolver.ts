import { Arg, Ctx, Query, Resolver } from "type-graphql";
import { Public } from "../auth/access";
import type { GraphQLContext } from "../graphql/context";
import { estimateClaim } from "./estimate-claim";
import { ClaimEstimate, ClaimEstimateInput } from "./estimate.types";

@Resolver()
export class EstimateResolver {
  // Anyone filling the form may ask: it reads tariffs only, nothing personal.
  @Public()
  @Query(() => ClaimEstimate, {
    description: "Estimation indicative du remboursement, avant l'envoi de la demande.",
  })
  claimEstimate(
    @Arg("input", () => ClaimEstimateInput) input: ClaimEstimateInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ClaimEstimate> {
    return estimateClaim(input, ctx);
  }
}
