import { Arg, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { Requires } from "../auth/access";
import type { GraphQLContext } from "../graphql/context";
import { createTemplate } from "./create-template";
import { listTemplates } from "./list-templates";
import { MessageTemplateKind } from "./message-template.entity";
import {
  CreateMessageTemplateInput,
  MessageTemplateType,
  UpdateMessageTemplateInput,
} from "./message-template.types";
import { PLACEHOLDERS } from "./placeholders";
import { setTemplateActive } from "./set-template-active";
import { updateTemplate } from "./update-template";

@Resolver(() => MessageTemplateType)
export class MessageTemplateResolver {
  @Requires("templates:read")
  @Query(() => [MessageTemplateType], {
    description:
      "Modèles de message nationaux et des caisses de l'agent, les nationaux d'abord. " +
      "Avec caisseId : ceux utilisables pour cette caisse.",
  })
  async messageTemplates(
    @Arg("kind", () => MessageTemplateKind, { nullable: true }) kind: MessageTemplateKind | null,
    @Arg("caisseId", () => ID, { nullable: true }) caisseId: string | null,
    @Arg("includeInactive", () => Boolean, { nullable: true, defaultValue: false })
    includeInactive: boolean,
    @Ctx() ctx: GraphQLContext,
  ): Promise<MessageTemplateType[]> {
    const rows = await listTemplates(ctx, { kind, caisseId, includeInactive });
    return rows.map(MessageTemplateType.from);
  }

  @Requires("templates:read")
  @Query(() => [String], {
    description: "Variables utilisables dans un modèle, sans les accolades (« claimNumber »).",
  })
  messageTemplatePlaceholders(): string[] {
    return [...PLACEHOLDERS];
  }

  @Requires("templates:manage")
  @Mutation(() => MessageTemplateType, { description: "Crée un modèle de message." })
  async createMessageTemplate(
    @Arg("input") input: CreateMessageTemplateInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<MessageTemplateType> {
    return MessageTemplateType.from(await createTemplate(ctx, input));
  }

  @Requires("templates:manage")
  @Mutation(() => MessageTemplateType, { description: "Modifie un modèle de message." })
  async updateMessageTemplate(
    @Arg("id", () => ID) id: string,
    @Arg("input") input: UpdateMessageTemplateInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<MessageTemplateType> {
    return MessageTemplateType.from(await updateTemplate(ctx, id, input));
  }

  @Requires("templates:manage")
  @Mutation(() => MessageTemplateType, {
    description: "Désactive un modèle : il n'est plus proposé (un modèle n'est jamais supprimé).",
  })
  async deactivateMessageTemplate(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<MessageTemplateType> {
    return MessageTemplateType.from(await setTemplateActive(ctx, id, false));
  }

  @Requires("templates:manage")
  @Mutation(() => MessageTemplateType, { description: "Réactive un modèle désactivé." })
  async reactivateMessageTemplate(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<MessageTemplateType> {
    return MessageTemplateType.from(await setTemplateActive(ctx, id, true));
  }
}
