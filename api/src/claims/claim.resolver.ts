import { Arg, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { Public } from "../auth/access";
import type { GraphQLContext } from "../graphql/context";
import { cancelClaim } from "./cancel-claim";
import { ClaimInput } from "./claim-input.types";
import { ClaimDraftType } from "./claim-draft.types";
import { ClaimType } from "./claim.types";
import { patientClaim } from "./patient-claim";
import { startClaimDraft } from "./start-claim-draft";
import { submitClaim } from "./submit-claim";
import { SubmitClaimPayload } from "./submit-claim.types";

/**
 * The patient's operations. Patients have no account: a draft token authorises the
 * submission (Authorization: Bearer), a personal-link token the follow-up and cancellation.
 */
@Resolver()
export class ClaimResolver {
  // Patients carry no session: the draft or personal-link token is checked inside.
  @Public()
  @Mutation(() => ClaimDraftType, {
    description: "Ouvre un brouillon de demande. Public ; le jeton rendu autorise la suite.",
  })
  startClaimDraft(@Ctx() ctx: GraphQLContext): Promise<ClaimDraftType> {
    return startClaimDraft(ctx);
  }

  // Patients carry no session: the draft or personal-link token is checked inside.
  @Public()
  @Mutation(() => SubmitClaimPayload, {
    description:
      "Dépose le brouillon (en-tête Authorization: Bearer <jeton du brouillon>). Rejouer " +
      "le même brouillon rend la même demande.",
  })
  submitClaim(
    @Arg("draftId", () => ID) draftId: string,
    @Arg("input", () => ClaimInput) input: ClaimInput,
    @Arg("confirmConflicts", () => Boolean, { nullable: true, defaultValue: false })
    confirmConflicts: boolean,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SubmitClaimPayload> {
    return submitClaim(ctx, draftId, input, confirmConflicts);
  }

  // Patients carry no session: the draft or personal-link token is checked inside.
  @Public()
  @Query(() => ClaimType, {
    nullable: true,
    description: "A patient's view of a claim, opened with the personal link's token.",
  })
  patientClaim(
    @Arg("id", () => ID) id: string,
    @Arg("token") token: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ClaimType | null> {
    return patientClaim(ctx, id, token);
  }

  // Patients carry no session: the draft or personal-link token is checked inside.
  @Public()
  @Mutation(() => ClaimType, {
    description: "Le patient annule sa demande tant qu'elle n'est pas prise en charge.",
  })
  cancelClaim(
    @Arg("id", () => ID) id: string,
    @Arg("token") token: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ClaimType> {
    return cancelClaim(ctx, id, token);
  }
}
