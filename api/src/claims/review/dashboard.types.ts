import { Field, Int, ObjectType } from "type-graphql";
import { ClaimStatus } from "../claim-enums";
import { ClaimType } from "../claim.types";

@ObjectType("StatusCount", { description: "Nombre de demandes d'un statut." })
export class StatusCountType {
  @Field(() => ClaimStatus, { description: "Statut." })
  status!: ClaimStatus;

  @Field(() => Int, { description: "Nombre de demandes." })
  count!: number;
}

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
}
