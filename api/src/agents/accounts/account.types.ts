import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import type { AgentRole } from "../../auth/permissions";
import { PageInfoType } from "../../claims/review/claim-queue.types";
import { AgentRoleEnum, AgentType } from "../agent.types";

@InputType({
  description:
    "Nouveau compte agent ; il reçoit par courriel un lien pour choisir son mot de passe.",
})
export class CreateAgentInput {
  @Field({ description: "Adresse électronique de connexion, unique." })
  email!: string;

  @Field({ description: "Prénom." })
  firstName!: string;

  @Field({ description: "Nom de famille." })
  lastName!: string;

  @Field(() => [AgentRoleEnum], { description: "Rôles ; au moins un." })
  roles!: AgentRole[];

  @Field(() => [ID], {
    description:
      "Caisses de l'agent, parmi celles de l'administrateur ; au moins une, sauf pour un " +
      "administrateur national.",
  })
  caisseIds!: string[];
}

@InputType({ description: "Modification d'un compte agent ; les champs absents sont conservés." })
export class UpdateAgentInput {
  @Field(() => String, { nullable: true, description: "Prénom." })
  firstName?: string | null;

  @Field(() => String, { nullable: true, description: "Nom de famille." })
  lastName?: string | null;

  @Field(() => [AgentRoleEnum], { nullable: true, description: "Rôles, remplacés en entier." })
  roles?: AgentRole[] | null;

  @Field(() => [ID], { nullable: true, description: "Caisses, remplacées en entier." })
  caisseIds?: string[] | null;
}

@ObjectType("AgentEdge", { description: "Un compte de la liste et son curseur." })
export class AgentEdgeType {
  @Field({ description: "Curseur opaque de ce compte." })
  cursor!: string;

  @Field(() => AgentType, { description: "Le compte." })
  node!: AgentType;
}

@ObjectType("AgentConnection", { description: "Page de comptes agents, par nom." })
export class AgentConnectionType {
  @Field(() => [AgentEdgeType], { description: "Comptes de la page." })
  edges!: AgentEdgeType[];

  @Field(() => PageInfoType, { description: "Pagination." })
  pageInfo!: PageInfoType;

  @Field(() => Int, { description: "Nombre total de comptes répondant aux filtres." })
  totalCount!: number;
}
