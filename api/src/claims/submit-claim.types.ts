import { Field, Int, ObjectType } from "type-graphql";
import { LocalDateScalar } from "../graphql/scalars";
import { ClaimType } from "./claim.types";

@ObjectType("TripConflict", { description: "Alerte : une date de trajet est déjà déclarée." })
export class TripConflictType {
  @Field(() => Int, { description: "Index of the trip in the submitted input (0-based)." })
  tripIndex!: number;

  @Field(() => LocalDateScalar, { description: "Date en double." })
  date!: string;

  @Field({ description: "SAME_CLAIM, BEING_PROCESSED or ALREADY_PAID." })
  reason!: string;

  @Field(() => String, {
    nullable: true,
    description: "Numéro de l'autre demande, s'il y en a une.",
  })
  otherClaimNumber!: string | null;
}

@ObjectType("SubmitClaimPayload", { description: "Résultat d'un dépôt de demande." })
export class SubmitClaimPayload {
  @Field(() => ClaimType, {
    nullable: true,
    description: "Null when conflicts were found and not confirmed; then nothing was stored.",
  })
  claim!: ClaimType | null;

  @Field(() => [TripConflictType], { description: "Alertes de doublon (vide si aucune)." })
  conflicts!: TripConflictType[];

  @Field(() => String, {
    nullable: true,
    description:
      "Lien personnel de suivi (aussi envoyé par courriel) ; « #annuler » en fin de lien " +
      "ouvre l'annulation. Null sans demande.",
  })
  followUpUrl!: string | null;
}
