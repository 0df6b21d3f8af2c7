import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { AttachmentType } from "../attachments/attachment.types";
import { CaisseType } from "../caisses/caisse.types";
import type { GraphQLContext } from "../graphql/context";
import { PatientType } from "../patients/patient.types";
import { claimLoaders } from "./claim-loaders";
import { ClaimEventType, ClaimType, TripType } from "./claim.types";
import { ClaimReviewType } from "./review/claim-review.types";

/**
 * A claim's relations: given by the producer when it loaded them with the claim (a claim's
 * page, an action's answer), otherwise loaded for every claim of the answer at once, and only
 * when the query asks for them (a queue page shows few of them).
 */
@Resolver(() => ClaimType)
export class ClaimRelationsResolver {
  @FieldResolver(() => CaisseType)
  caisse(@Root() claim: ClaimType, @Ctx() ctx: GraphQLContext): CaisseType | Promise<CaisseType> {
    return claim.caisse ?? claimLoaders(ctx).caisse.load(claim.caisseId);
  }

  @FieldResolver(() => PatientType)
  patient(
    @Root() claim: ClaimType,
    @Ctx() ctx: GraphQLContext,
  ): PatientType | Promise<PatientType> {
    return claim.patient ?? claimLoaders(ctx).patient.load(claim.patientId);
  }

  @FieldResolver(() => [TripType])
  trips(@Root() claim: ClaimType, @Ctx() ctx: GraphQLContext): TripType[] | Promise<TripType[]> {
    return claim.trips ?? claimLoaders(ctx).trips.load(claim.id);
  }

  @FieldResolver(() => [AttachmentType])
  attachments(
    @Root() claim: ClaimType,
    @Ctx() ctx: GraphQLContext,
  ): AttachmentType[] | Promise<AttachmentType[]> {
    return claim.attachments ?? claimLoaders(ctx).attachments.load(claim.id);
  }

  @FieldResolver(() => [ClaimEventType])
  events(
    @Root() claim: ClaimType,
    @Ctx() ctx: GraphQLContext,
  ): ClaimEventType[] | Promise<ClaimEventType[]> {
    return claim.events ?? claimLoaders(ctx).events.load(claim.id);
  }

  @FieldResolver(() => ClaimReviewType, { nullable: true })
  review(
    @Root() claim: ClaimType,
    @Ctx() ctx: GraphQLContext,
  ): ClaimReviewType | null | Promise<ClaimReviewType | null> {
    if (claim.review !== undefined) return claim.review;
    return claim.agentView ? claimLoaders(ctx).review.load(claim.id) : null;
  }
}
