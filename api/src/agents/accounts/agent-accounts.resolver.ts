import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import { Requires } from "../../auth/access";
import type { GraphQLContext } from "../../graphql/context";
import { AgentType } from "../agent.types";
import { AgentConnectionType, CreateAgentInput, UpdateAgentInput } from "./account.types";
import { createAgentAccount } from "./create-agent-account";
import { listAgents, MAX_AGENT_PAGE_SIZE } from "./list-agents";
import { resendSetPasswordLink } from "./resend-link";
import { setAgentActive } from "./set-agent-active";
import { updateAgent } from "./update-agent";

const SCOPE_NOTE =
  "Un administrateur local ne voit que les comptes dont toutes les caisses sont les siennes ; " +
  "un autre compte répond NOT_FOUND, comme un compte inexistant.";

/** Administrators manage agent accounts: national ones all, local ones those of their caisses. */
@Resolver()
export class AgentAccountsResolver {
  @Requires("agents:manage")
  @Query(() => AgentConnectionType, {
    description:
      "Comptes agents que l'appelant administre, par nom. Pagination par curseur " +
      `(au plus ${MAX_AGENT_PAGE_SIZE} par page). ${SCOPE_NOTE}`,
  })
  agents(
    @Arg("caisseId", () => ID, {
      nullable: true,
      description: "Seulement les comptes de cette caisse.",
    })
    caisseId: string | null,
    @Arg("includeInactive", () => Boolean, {
      nullable: true,
      defaultValue: false,
      description: "Vrai : les comptes désactivés aussi.",
    })
    includeInactive: boolean,
    @Arg("first", () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AgentConnectionType> {
    return listAgents(
      ctx,
      { caisseId: caisseId ?? null, includeInactive: includeInactive ?? false },
      first,
      after ?? null,
    );
  }

  @Requires("agents:manage")
  @Mutation(() => AgentType, {
    description:
      "Crée un compte agent, sans mot de passe : l'agent reçoit par courriel un lien pour le " +
      "choisir (valable trois jours). Adresse déjà utilisée : BAD_USER_INPUT, field « email », " +
      "reason « EMAIL_TAKEN ».",
  })
  async createAgent(
    @Arg("input") input: CreateAgentInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AgentType> {
    return AgentType.from(await createAgentAccount(ctx, input));
  }

  @Requires("agents:manage")
  @Mutation(() => AgentType, {
    description: `Modifie les noms, rôles ou caisses d'un compte. ${SCOPE_NOTE}`,
  })
  async updateAgent(
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int, {
      nullable: true,
      description: "Version lue ; si le compte a changé depuis : CONFLICT.",
    })
    version: number | null,
    @Arg("input") input: UpdateAgentInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AgentType> {
    return AgentType.from(await updateAgent(ctx, id, version ?? null, input));
  }

  @Requires("agents:manage")
  @Mutation(() => AgentType, {
    description:
      "Désactive un compte (jamais supprimé) : ses sessions se ferment aussitôt et il ne peut " +
      `plus se connecter. On ne peut pas désactiver son propre compte. ${SCOPE_NOTE}`,
  })
  async deactivateAgent(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AgentType> {
    return AgentType.from(await setAgentActive(ctx, id, false));
  }

  @Requires("agents:manage")
  @Mutation(() => AgentType, { description: `Réactive un compte désactivé. ${SCOPE_NOTE}` })
  async reactivateAgent(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AgentType> {
    return AgentType.from(await setAgentActive(ctx, id, true));
  }

  @Requires("agents:manage")
  @Mutation(() => Boolean, {
    description:
      "Envoie à l'agent un nouveau lien pour choisir son mot de passe (les précédents ne " +
      "servent plus). Compte désactivé : INVALID_TRANSITION.",
  })
  sendSetPasswordLink(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    return resendSetPasswordLink(ctx, id);
  }
}
