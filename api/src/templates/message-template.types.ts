import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { CaisseType } from "../caisses/caisse.types";
import { MessageTemplateKind, type MessageTemplate } from "./message-template.entity";

registerEnumType(MessageTemplateKind, {
  name: "MessageTemplateKind",
  description: "Usage d'un modèle de message.",
  valuesConfig: {
    REJECTION: { description: "Courriel de rejet d'une demande." },
    CONTACT: { description: "Courriel pour contacter le patient." },
  },
});

@ObjectType("MessageTemplate", {
  description:
    "Modèle de courriel (rejet ou contact). L'objet et le corps contiennent des variables " +
    "entre doubles accolades, par exemple {{claimNumber}}.",
})
export class MessageTemplateType {
  @Field(() => ID)
  id!: string;

  @Field({ description: "Nom du modèle, unique dans sa caisse." })
  name!: string;

  @Field(() => MessageTemplateKind)
  kind!: MessageTemplateKind;

  @Field({ description: "Objet du courriel." })
  subject!: string;

  @Field({ description: "Corps du courriel, en texte brut." })
  body!: string;

  @Field({ description: "Faux si le modèle est désactivé (il n'est plus proposé)." })
  active!: boolean;

  @Field(() => Int, { description: "Nombre de courriels envoyés avec ce modèle." })
  usageCount!: number;

  @Field(() => CaisseType, { nullable: true, description: "Caisse du modèle ; null : national." })
  caisse!: CaisseType | null;

  @Field({ description: "Dernière modification." })
  updatedAt!: Date;

  /** The entity's caisse, when set, must be loaded. */
  static from(entity: MessageTemplate): MessageTemplateType {
    return Object.assign(new MessageTemplateType(), {
      id: entity.id,
      name: entity.name,
      kind: entity.kind,
      subject: entity.subject,
      body: entity.body,
      active: entity.active,
      usageCount: entity.usageCount,
      caisse: entity.caisse ? CaisseType.from(entity.caisse) : null,
      updatedAt: entity.updatedAt,
    });
  }
}

@InputType({ description: "Nouveau modèle de message." })
export class CreateMessageTemplateInput {
  @Field(() => ID, {
    nullable: true,
    description: "Caisse du modèle ; absent : modèle national (administrateur national).",
  })
  caisseId?: string | null;

  @Field()
  name!: string;

  @Field(() => MessageTemplateKind)
  kind!: MessageTemplateKind;

  @Field()
  subject!: string;

  @Field()
  body!: string;
}

@InputType({ description: "Modification d'un modèle ; les champs absents sont conservés." })
export class UpdateMessageTemplateInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  subject?: string | null;

  @Field(() => String, { nullable: true })
  body?: string | null;
}
