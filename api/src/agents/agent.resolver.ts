import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { Public } from "../auth/access";
import type { GraphQLContext } from "../graphql/context";
import { Agent } from "./agent.entity";
import { AgentType } from "./agent.types";
import { logIn } from "./log-in";
import { logOut } from "./log-out";
import { requestPasswordReset } from "./request-password-reset";
import { setPassword } from "./set-password";

@Resolver(() => AgentType)
export class AgentResolver {
  @Public()
  @Query(() => AgentType, {
    nullable: true,
    description: "L'agent connecté ; null sans session valide.",
  })
  async me(@Ctx() { em, principal }: GraphQLContext): Promise<AgentType | null> {
    if (principal.kind !== "agent") return null;
    const agent = await em.findOne(
      Agent,
      { id: principal.agentId, active: true },
      { populate: ["caisses"] },
    );
    return agent ? AgentType.from(agent) : null;
  }

  @Public()
  @Mutation(() => AgentType, {
    description:
      "Connecte un agent et pose le cookie de session. Les échecs répétés sont limités par " +
      "compte et par adresse (TOO_MANY_REQUESTS).",
  })
  async logIn(
    @Arg("email") email: string,
    @Arg("password") password: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AgentType> {
    return AgentType.from(await logIn(ctx, email, password));
  }

  @Public()
  @Mutation(() => Boolean, { description: "Ferme la session de l'appelant, s'il en a une." })
  async logOut(@Ctx() ctx: GraphQLContext): Promise<boolean> {
    return logOut(ctx);
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      "Envoie un lien pour choisir un nouveau mot de passe. Répond toujours vrai, que " +
      "l'adresse corresponde à un compte ou non.",
  })
  async requestPasswordReset(
    @Arg("email") email: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    return requestPasswordReset(ctx, email);
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      "Choisit le mot de passe avec le jeton d'un lien reçu par courriel (usage unique). " +
      "Ferme toutes les sessions de l'agent.",
  })
  async setPassword(
    @Arg("token", { description: "Jeton du lien (après « #jeton= »)." }) token: string,
    @Arg("password", { description: "Au moins 12 caractères." }) password: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    return setPassword(ctx, token, password);
  }
}
