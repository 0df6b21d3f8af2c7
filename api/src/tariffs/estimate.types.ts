import { Field, InputType, Int, ObjectType } from "type-graphql";
import { TripInput } from "../claims/claim-input.types";

@InputType("ClaimEstimateInput", {
  description: "Ce que le patient a saisi, pour une estimation indicative avant l'envoi.",
})
export class ClaimEstimateInput {
  @Field(() => [TripInput], { description: "Les trajets (la date du premier fixe les taux)." })
  trips!: TripInput[];

  @Field(() => Int, { nullable: true, description: "Kilomètres parcourus en voiture, au total." })
  distanceKm?: number | null;

  @Field(() => Int, { nullable: true, description: "Péages, en centimes." })
  tollsCents?: number | null;

  @Field(() => Int, { nullable: true, description: "Stationnement, en centimes." })
  parkingCents?: number | null;

  @Field(() => Int, { nullable: true, description: "Transports en commun, en centimes." })
  publicTransportCents?: number | null;
}

@ObjectType("ClaimEstimate", {
  description: "Estimation indicative du remboursement : la caisse décide du montant payé.",
})
export class ClaimEstimate {
  @Field(() => Int, { description: "Base de remboursement, en centimes." })
  baseCents!: number;

  @Field(() => Int, { description: "Taux de prise en charge du cas général (55 % en 2026)." })
  generalRatePercent!: number;

  @Field(() => Int, { description: "Montant payé au taux du cas général, en centimes." })
  generalAmountCents!: number;

  @Field(() => Int, {
    description: "Montant payé à 100 % (ALD exonérante, accident du travail, maternité…).",
  })
  fullAmountCents!: number;
}
