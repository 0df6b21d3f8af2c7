import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { LocalDateScalar } from "../../graphql/scalars";
import { ClaimStatus } from "../claim-enums";
import { ClaimType } from "../claim.types";
import { EXACT_COUNT_LIMIT } from "./queue-count";

/** "10 000", as the descriptions write it. */
const LIMIT = EXACT_COUNT_LIMIT.toLocaleString("fr-FR").replace(/\s/g, " ");

@InputType("ClaimFilter", { description: "Filtres de la file des demandes ; tous facultatifs." })
export class ClaimFilter {
  @Field(() => [ClaimStatus], { nullable: true, description: "Statuts retenus." })
  status?: ClaimStatus[] | null;

  @Field(() => [ID], { nullable: true, description: "Caisses retenues (parmi les vôtres)." })
  caisseIds?: string[] | null;

  @Field(() => String, { nullable: true, description: "Claim number, NIR, last name or e-mail." })
  search?: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: "Déposées à partir de ce jour (heure de Paris).",
  })
  submittedFrom?: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: "Déposées jusqu'à ce jour inclus (heure de Paris).",
  })
  submittedTo?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Vrai : en attente seulement ; faux : hors attente.",
  })
  onHold?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Vrai : demandes déposées avec des alertes de doublon maintenues par le patient.",
  })
  hasConflicts?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Vrai : seulement les demandes prises par l'agent connecté.",
  })
  assignedToMe?: boolean | null;
}

@ObjectType("PageInfo", { description: "Position dans une liste paginée par curseur." })
export class PageInfoType {
  @Field({ description: "Vrai s'il reste des éléments après cette page." })
  hasNextPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: "Curseur du dernier élément, à passer en `after` pour la page suivante.",
  })
  endCursor!: string | null;
}

@ObjectType("ClaimEdge", { description: "Une demande de la liste et son curseur." })
export class ClaimEdgeType {
  @Field({ description: "Curseur opaque de cette demande." })
  cursor!: string;

  @Field(() => ClaimType, { description: "La demande." })
  node!: ClaimType;
}

@ObjectType("ClaimConnection", { description: "Page de demandes, les plus récentes d'abord." })
export class ClaimConnectionType {
  @Field(() => [ClaimEdgeType], { description: "Demandes de la page." })
  edges!: ClaimEdgeType[];

  @Field(() => PageInfoType, { description: "Pagination." })
  pageInfo!: PageInfoType;

  @Field(() => Int, {
    description:
      `Nombre total de demandes répondant aux filtres, exact jusqu'à ${LIMIT}. Au-delà, vaut ` +
      `${LIMIT} et \`totalCountIsExact\` est faux : il y en a davantage.`,
  })
  totalCount!: number;

  @Field({
    description:
      "Vrai si `totalCount` est le nombre exact de demandes ; faux s'il en compte seulement " +
      `${LIMIT} et qu'il y en a davantage.`,
  })
  totalCountIsExact!: boolean;
}
