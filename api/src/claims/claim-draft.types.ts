import { Field, ID, ObjectType } from "type-graphql";

@ObjectType("ClaimDraft", { description: "Brouillon de demande, avant dépôt." })
export class ClaimDraftType {
  @Field(() => ID, { description: "Identifiant du brouillon, à passer à submitClaim." })
  id!: string;

  @Field({
    description: "Bearer token that authorises uploads and submission for this draft only.",
  })
  token!: string;

  @Field({ description: "Fin de validité du brouillon et de ses documents." })
  expiresAt!: Date;
}
