import { Arg, Ctx, Query, Resolver } from "type-graphql";
import { Public } from "../auth/access";
import type { GraphQLContext } from "../graphql/context";
import { Caisse } from "./caisse.entity";
import { CaisseType } from "./caisse.types";

@Resolver(() => CaisseType)
export class CaisseResolver {
  @Public()
  @Query(() => [CaisseType], {
    description: "Les caisses, par numéro. Par défaut, seules celles qui proposent le service.",
  })
  async caisses(
    @Arg("activeOnly", () => Boolean, { nullable: true, defaultValue: true }) activeOnly: boolean,
    @Ctx() { em }: GraphQLContext,
  ): Promise<CaisseType[]> {
    const rows = await em.find(Caisse, activeOnly ? { active: true } : {}, {
      orderBy: { number: "asc" },
    });
    return rows.map(CaisseType.from);
  }
}
