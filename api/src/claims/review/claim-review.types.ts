import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { JSONObjectScalar, LocalDateScalar } from "../../graphql/scalars";
import { ClaimStatus } from "../claim-enums";
import { TripType } from "../claim.types";

@ObjectType("ClaimAgent", { description: "Agent désigné sur une demande." })
export class ClaimAgentType {
  @Field(() => ID, { description: "Identifiant de l'agent." })
  id!: string;

  @Field({ description: "Adresse électronique de l'agent." })
  email!: string;
}

@ObjectType("ClaimSnapshot", {
  description: "Ce que le patient a saisi, tel que reçu au dépôt (avant toute correction).",
})
export class ClaimSnapshotType {
  @Field(() => String, { nullable: true, description: "NIR saisi (15 caractères)." })
  nir!: string | null;

  @Field(() => String, { nullable: true, description: "Date de naissance saisie (AAAA-MM-JJ)." })
  birthDate!: string | null;

  @Field(() => String, { nullable: true, description: "Prénom saisi." })
  firstName!: string | null;

  @Field(() => String, { nullable: true, description: "Nom saisi." })
  lastName!: string | null;

  @Field(() => String, { nullable: true, description: "Adresse électronique saisie." })
  email!: string | null;

  @Field(() => String, { nullable: true, description: "Téléphone saisi." })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: "Nature de prescription saisie." })
  prescriptionKind!: string | null;

  @Field(() => String, { nullable: true, description: "Numéro de ePMT saisi." })
  epmtNumber!: string | null;

  @Field(() => String, { nullable: true, description: "Date de convocation saisie." })
  convocationDate!: string | null;

  @Field(() => [TripType], { description: "Trajets saisis." })
  trips!: TripType[];

  @Field(() => Int, { nullable: true, description: "Distance saisie, en km." })
  distanceKm!: number | null;

  @Field(() => Int, { nullable: true, description: "Péages saisis, en centimes." })
  tollsCents!: number | null;

  @Field(() => Int, { nullable: true, description: "Stationnement saisi, en centimes." })
  parkingCents!: number | null;

  @Field(() => Int, { nullable: true, description: "Transports en commun saisis, en centimes." })
  publicTransportCents!: number | null;
}

@ObjectType("ClaimAmounts", {
  description: "Montants calculés (indicatifs ; la liquidation fait foi), en centimes.",
})
export class ClaimAmountsType {
  @Field(() => Int, {
    nullable: true,
    description: "Coût de référence d'un taxi pour les mêmes trajets ; null sans véhicule.",
  })
  taxiReferenceCents!: number | null;

  @Field(() => Int, { description: "Base de remboursement : km × 0,30 € + frais." })
  reimbursementBaseCents!: number;

  @Field(() => Int, { description: "Taux de prise en charge du cas général, en pourcentage." })
  generalRatePercent!: number;

  @Field(() => Int, { description: "Montant remboursé au taux du cas général." })
  amountAtGeneralRateCents!: number;

  @Field(() => Int, { description: "Montant remboursé à 100 % (ALD, accident du travail…)." })
  amountAtFullRateCents!: number;

  @Field(() => Int, {
    nullable: true,
    description: "Économie (taxi − base payée) : patients basculés en véhicule, une fois payés.",
  })
  savingCents!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Délai de paiement en jours (du dépôt au mandatement).",
  })
  paymentDelayDays!: number | null;
}

@ObjectType("RelatedClaim", {
  description:
    "Autre demande du même NIR et de la même date de naissance, en cours ou validée, qui " +
    "partage au moins une date de trajet.",
})
export class RelatedClaimType {
  @Field(() => ID, { description: "Identifiant de l'autre demande." })
  id!: string;

  @Field({ description: "Numéro de l'autre demande." })
  number!: string;

  @Field(() => ClaimStatus, { description: "Statut de l'autre demande." })
  status!: ClaimStatus;

  @Field(() => [LocalDateScalar], { description: "Dates communes aux deux demandes." })
  sharedDates!: string[];
}

@ObjectType("ClaimTimelineEvent", { description: "Étape de l'historique, vue par un agent." })
export class ClaimTimelineEventType {
  @Field({ description: "Instant de l'événement." })
  at!: Date;

  @Field({
    description:
      "SUBMITTED, CANCELLED, TAKEN, VALIDATED, REJECTED, ON_HOLD, HOLD_RELEASED, " +
      "PATIENT_CONTACTED, CORRECTED, PAYMENT_RECORDED.",
  })
  type!: string;

  @Field({ description: "Who acted: PATIENT, AGENT, PARTNER or SYSTEM." })
  actorType!: string;

  @Field(() => ID, { nullable: true, description: "Identifiant de l'auteur ; null : système." })
  actorId!: string | null;

  @Field(() => String, { nullable: true, description: "Adresse de l'agent auteur, s'il y a lieu." })
  actorEmail!: string | null;

  @Field(() => JSONObjectScalar, { nullable: true, description: "Valeurs avant le changement." })
  before!: Record<string, unknown> | null;

  @Field(() => JSONObjectScalar, { nullable: true, description: "Valeurs après le changement." })
  after!: Record<string, unknown> | null;

  @Field({ description: "Vrai si l'événement a envoyé un courriel au patient." })
  emailSent!: boolean;
}

@ObjectType("ClaimPayment", { description: "Données de paiement renvoyées par la liquidation." })
export class ClaimPaymentType {
  @Field(() => LocalDateScalar, { nullable: true, description: "Date de mandatement." })
  mandateDate!: string | null;

  @Field(() => Int, { nullable: true, description: "Base de remboursement, en centimes." })
  baseCents!: number | null;

  @Field(() => Int, { nullable: true, description: "Montant payé, en centimes." })
  amountCents!: number | null;

  @Field(() => Boolean, { nullable: true, description: "Vrai : bascule du taxi au véhicule." })
  shift!: boolean | null;

  @Field(() => String, { nullable: true, description: "FINESS de l'établissement." })
  finess!: string | null;

  @Field(() => String, { nullable: true, description: "ADELI ou RPPS du prescripteur." })
  adeli!: string | null;
}

@ObjectType("EmailPreview", { description: "Un courriel tel que le patient le recevra." })
export class EmailPreviewType {
  @Field({ description: "Objet du courriel." })
  subject!: string;

  @Field({ description: "Texte du courriel, signature comprise." })
  body!: string;
}

@ObjectType("ClaimReview", {
  description: "Ce que seuls les agents voient d'une demande ; null pour le patient.",
})
export class ClaimReviewType {
  @Field(() => String, { nullable: true, description: "Motif de la mise en attente." })
  holdReason!: string | null;

  @Field(() => ClaimAgentType, { nullable: true, description: "Agent qui a pris la demande." })
  assignedAgent!: ClaimAgentType | null;

  @Field({ description: "Vrai si l'agent connecté a pris la demande." })
  assignedToMe!: boolean;

  @Field(() => ClaimSnapshotType, { description: "Valeurs saisies par le patient au dépôt." })
  original!: ClaimSnapshotType;

  @Field(() => ClaimAmountsType, { description: "Montants calculés." })
  amounts!: ClaimAmountsType;

  @Field(() => [RelatedClaimType], {
    description:
      "Autres demandes partageant une date (de vos caisses), les plus anciennes d'abord.",
  })
  relatedClaims!: RelatedClaimType[];

  @Field(() => [ClaimTimelineEventType], { description: "Historique détaillé, du plus ancien." })
  timeline!: ClaimTimelineEventType[];

  @Field(() => ClaimPaymentType, { description: "Données de paiement (vides avant import)." })
  payment!: ClaimPaymentType;

  @Field(() => Int, { description: "Code de statut des anciens exports (1, 100, 999…)." })
  legacyStatusCode!: number;

  @Field(() => EmailPreviewType, {
    description:
      "Le courriel que le patient recevra si la demande est validée, pour le montrer avant de " +
      "confirmer : le même que celui qu'envoie validateClaim.",
  })
  validationEmailPreview!: EmailPreviewType;
}
