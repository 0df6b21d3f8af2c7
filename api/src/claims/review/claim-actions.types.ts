import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { LocalDateScalar } from "../../graphql/scalars";
import { ClaimType } from "../claim.types";

@InputType("ClaimVersionInput", { description: "Une demande et la version sur laquelle on agit." })
export class ClaimVersionInput {
  @Field(() => ID, { description: "Identifiant de la demande." })
  id!: string;

  @Field(() => Int, { description: "Version lue (verrou optimiste)." })
  version!: number;
}

@ObjectType("ClaimOutcome", { description: "Résultat d'une action pour une demande d'un lot." })
export class ClaimOutcomeType {
  @Field(() => ID, { description: "Identifiant de la demande." })
  id!: string;

  @Field({ description: "Vrai si l'action a été faite pour cette demande." })
  ok!: boolean;

  @Field(() => String, {
    nullable: true,
    description: "Code d'erreur (CONFLICT, INVALID_TRANSITION, NOT_FOUND…) ; null si réussi.",
  })
  code!: string | null;

  @Field(() => String, { nullable: true, description: "Message en français ; null si réussi." })
  message!: string | null;

  @Field(() => ClaimType, { nullable: true, description: "La demande après l'action, si réussie." })
  claim!: ClaimType | null;
}

@ObjectType("ValidateClaimsPayload", { description: "Résultat d'une validation par lot." })
export class ValidateClaimsPayload {
  @Field(() => [ClaimOutcomeType], { description: "Un résultat par demande, dans l'ordre reçu." })
  outcomes!: ClaimOutcomeType[];

  @Field(() => Int, { description: "Nombre de demandes validées." })
  validatedCount!: number;
}

@InputType("CorrectClaimInput", {
  description: "Corrections de données saisies ; un champ absent n'est pas modifié.",
})
export class CorrectClaimInput {
  @Field(() => String, { nullable: true, description: "NIR (15 caractères, espaces ignorés)." })
  nir?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "Date de naissance." })
  birthDate?: string | null;

  @Field(() => String, { nullable: true, description: "Prénom." })
  firstName?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "Distance totale en km ; 0 ou vide conserve la valeur précédente.",
  })
  distanceKm?: number | null;
}

@ObjectType("CorrectClaimPayload", { description: "Résultat d'une correction." })
export class CorrectClaimPayload {
  @Field(() => ClaimType, { description: "La demande après correction." })
  claim!: ClaimType;

  @Field(() => [String], { description: "Champs effectivement modifiés (nir, birthDate…)." })
  changedFields!: string[];

  @Field(() => [String], {
    description: "Avertissements en français, par exemple une distance nulle ignorée.",
  })
  notices!: string[];
}
