import { Arg, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import { Requires } from "../../auth/access";
import type { GraphQLContext } from "../../graphql/context";
import { ClaimType } from "../claim.types";
import {
  ClaimVersionInput,
  CorrectClaimInput,
  CorrectClaimPayload,
  ValidateClaimsPayload,
} from "./claim-actions.types";
import { contactPatient } from "./contact-patient";
import { correctClaim } from "./correct-claim";
import { releaseClaimHold, setClaimOnHold } from "./hold-claim";
import { rejectClaim } from "./reject-claim";
import { takeClaim } from "./take-claim";
import { validateClaim } from "./validate-claim";
import { validateClaims } from "./validate-claims";

const VERSION = "Version lue : CONFLICT si la demande a changé depuis.";

/**
 * The agents' status actions (SPEC 4.4). Each takes the version the agent read; a stale one
 * answers CONFLICT, an impossible move INVALID_TRANSITION, another caisse's claim NOT_FOUND.
 */
@Resolver()
export class ClaimActionsResolver {
  @Requires("claims:process")
  @Mutation(() => ClaimType, { description: "Prend en charge une demande déposée." })
  takeClaim(
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int, { description: VERSION }) version: number,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ClaimType> {
    return takeClaim(ctx, id, version);
  }

  @Requires("claims:process")
  @Mutation(() => ClaimType, {
    description: "Valide une demande en cours ; le patient est prévenu du paiement.",
  })
  validateClaim(
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int, { description: VERSION }) version: number,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ClaimType> {
    return validateClaim(ctx, id, version);
  }

  @Requires("claims:process")
  @Mutation(() => ValidateClaimsPayload, {
    description: "Valide plusieurs demandes, chacune en tout ou rien ; rend chaque résultat.",
  })
  validateClaims(
    @Arg("claims", () => [ClaimVersionInput]) claims: ClaimVersionInput[],
    @Ctx() ctx: GraphQLContext,
  ): Promise<ValidateClaimsPayload> {
    return validateClaims(ctx, claims);
  }

  @Requires("claims:process")
  @Mutation(() => ClaimType, {
    description:
      "Rejette une demande avec un modèle de rejet ; objet et message modifiables, variables " +
      "remplies.",
  })
  rejectClaim(
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int, { description: VERSION }) version: number,
    @Arg("templateId", () => ID) templateId: string,
    @Arg("subject", () => String, { nullable: true }) subject: string | null,
    @Arg("body", () => String, { nullable: true }) body: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ClaimType> {
    return rejectClaim(ctx, id, version, { templateId, subject, body });
  }

  @Requires("claims:process")
  @Mutation(() => ClaimType, { description: "Met une demande en attente, avec un motif." })
  setClaimOnHold(
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int, { description: VERSION }) version: number,
    @Arg("reason") reason: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ClaimType> {
    return setClaimOnHold(ctx, id, version, reason);
  }

  @Requires("claims:process")
  @Mutation(() => ClaimType, { description: "Lève la mise en attente." })
  releaseClaimHold(
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int, { description: VERSION }) version: number,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ClaimType> {
    return releaseClaimHold(ctx, id, version);
  }

  @Requires("claims:process")
  @Mutation(() => ClaimType, {
    description: "Écrit au patient avec un modèle de contact ; le statut ne change pas.",
  })
  contactPatient(
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int, { description: VERSION }) version: number,
    @Arg("templateId", () => ID) templateId: string,
    @Arg("subject", () => String, { nullable: true }) subject: string | null,
    @Arg("body", () => String, { nullable: true }) body: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ClaimType> {
    return contactPatient(ctx, id, version, { templateId, subject, body });
  }

  @Requires("claims:process")
  @Mutation(() => CorrectClaimPayload, {
    description: "Corrige des données saisies (NIR, naissance, prénom, distance).",
  })
  correctClaim(
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int, { description: VERSION }) version: number,
    @Arg("input", () => CorrectClaimInput) input: CorrectClaimInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CorrectClaimPayload> {
    return correctClaim(ctx, id, version, input);
  }
}
