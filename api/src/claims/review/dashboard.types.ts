import { Field, Int, ObjectType } from "type-graphql";
import { ClaimStatus } from "../claim-enums";
import { ClaimType } from "../claim.types";
import { EXACT_COUNT_LIMIT } from "./queue-count";

/** "10 000", as the descriptions write it. */
const LIMIT = EXACT_COUNT_LIMIT.toLocaleString("fr-FR").replace(/\s/g, " ");

@ObjectType("StatusCount", { description: "Nombre de demandes d'un statut." })
export class StatusCountType {
  @Field(() => ClaimStatus, { description: "Statut." })
  status!: ClaimStatus;

  @Field(() => Int, {
    description: `Nombre de demandes, exact jusqu'à ${LIMIT} ; au-delà, ${LIMIT} (voir \`countIsExact\`).`,
  })
  count!: number;

  @Field({
    description: `Vrai si \`count\` est exact ; faux s'il vaut ${LIMIT} et qu'il y en a davantage.`,
  })
  countIsExact!: boolean;
}

/**
 * Each field is computed only when the query asks for it (dashboard.resolver.ts), from the
 * caller's scope kept here.
 */
@ObjectType("Dashboard", { description: "Tableau de bord de l'agent, sur ses caisses." })
export class DashboardType {
  @Field(() => [StatusCountType], { description: "Demandes par statut (tous les statuts)." })
  countsByStatus!: StatusCountType[];

  @Field(() => Int, { description: "Demandes déposées ou en cours mises en attente." })
  onHoldCount!: number;

  @Field(() => Int, { description: "Demandes en cours prises par l'agent connecté." })
  myInProgressCount!: number;

  @Field(() => [ClaimType], {
    description: "Les plus anciennes de mes demandes en cours (au plus 10).",
  })
  myInProgress!: ClaimType[];

  @Field(() => ClaimType, {
    nullable: true,
    description: "La demande déposée qui attend depuis le plus longtemps (hors attente).",
  })
  oldestWaiting!: ClaimType | null;

  /** The caisses the dashboard covers; null: all of them. Not a GraphQL field. */
  scope!: readonly string[] | null;

  /** The agent whose dashboard it is; null for another kind of principal. */
  agentId!: string | null;
}
