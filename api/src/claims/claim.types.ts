import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { AttachmentType } from "../attachments/attachment.types";
import { CaisseType } from "../caisses/caisse.types";
import { LocalDateScalar } from "../graphql/scalars";
import { PatientType } from "../patients/patient.types";
import type { Claim } from "./claim.entity";
import { ClaimStatus, PrescriptionKind } from "./claim-enums";
import { ClaimReviewType } from "./review/claim-review.types";

registerEnumType(ClaimStatus, {
  name: "ClaimStatus",
  description: "Statut d'une demande.",
  valuesConfig: {
    SUBMITTED: { description: "Déposée, en attente de prise en charge." },
    IN_PROGRESS: { description: "Prise en charge par un technicien." },
    VALIDATED: { description: "Validée : le paiement suit." },
    REJECTED: { description: "Rejetée." },
    CANCELLED: { description: "Annulée par le patient." },
  },
});

registerEnumType(PrescriptionKind, {
  name: "PrescriptionKind",
  description: "Ce qui justifie le transport.",
  valuesConfig: {
    PMT: { description: "Prescription médicale de transport papier, photographiée ou scannée." },
    EPMT: { description: "Prescription électronique, identifiée par 14 caractères." },
    CONVOCATION: { description: "Convocation du service médical de l'Assurance Maladie." },
  },
});

@ObjectType("Trip", { description: "Un trajet vers un lieu de soins." })
export class TripType {
  @Field(() => LocalDateScalar, { description: "Date de l'aller." })
  outboundDate!: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: "Date du retour ; null : aller simple.",
  })
  returnDate!: string | null;
}

@ObjectType("ClaimEvent", { description: "Étape de l'historique d'une demande." })
export class ClaimEventType {
  @Field({ description: "Instant de l'événement." })
  at!: Date;

  @Field({ description: "Nature de l'événement : SUBMITTED, CANCELLED…" })
  type!: string;

  @Field({ description: "Who acted: PATIENT, AGENT, PARTNER or SYSTEM." })
  actorType!: string;
}

@ObjectType("Claim", { description: "Demande de remboursement de frais de transport." })
export class ClaimType {
  @Field(() => ID, { description: "Identifiant de la demande." })
  id!: string;

  @Field({ description: "12 digits: Paris date YYYYMMDD + daily sequence." })
  number!: string;

  @Field(() => ClaimStatus, { description: "Statut." })
  status!: ClaimStatus;

  @Field({ description: "Vrai si la demande est mise en attente par la caisse." })
  onHold!: boolean;

  @Field(() => Int, { description: "Version, à renvoyer avec chaque action (verrou optimiste)." })
  version!: number;

  @Field({ description: "Instant du dépôt." })
  submittedAt!: Date;

  @Field(() => CaisseType, { description: "Caisse qui traite la demande." })
  caisse?: CaisseType;

  @Field(() => PatientType, { description: "Personne transportée." })
  patient?: PatientType;

  @Field(() => PrescriptionKind, { description: "Nature de la prescription." })
  prescriptionKind!: PrescriptionKind;

  @Field(() => [TripType], { description: "Trajets, dans l'ordre de saisie." })
  trips?: TripType[];

  @Field(() => Int, {
    nullable: true,
    description: "Kilomètres parcourus en véhicule personnel, tous trajets.",
  })
  distanceKm!: number | null;

  @Field(() => Int, { nullable: true, description: "Péages, en centimes." })
  tollsCents!: number | null;

  @Field(() => Int, { nullable: true, description: "Stationnement, en centimes." })
  parkingCents!: number | null;

  @Field(() => Int, { nullable: true, description: "Transports en commun, en centimes." })
  publicTransportCents!: number | null;

  @Field(() => [AttachmentType], { description: "Documents joints." })
  attachments?: AttachmentType[];

  @Field(() => [ClaimEventType], { description: "Historique, du plus ancien au plus récent." })
  events?: ClaimEventType[];

  @Field(() => Int, { description: "Alertes de doublon confirmées par le patient." })
  conflictsKept!: number;

  @Field(() => Int, { description: "Alertes de doublon corrigées par le patient." })
  conflictsFixed!: number;

  @Field(() => ClaimReviewType, {
    nullable: true,
    description: "Données de traitement réservées aux agents ; null dans la vue du patient.",
  })
  review?: ClaimReviewType | null;

  // Not GraphQL fields. A producer that loads a relation with the claim gives it above; the
  // fields left undefined are loaded, for a whole page of claims at once, only when a query
  // asks for them (claim-relations.resolver.ts).
  caisseId!: string;
  patientId!: string;
  /** Left undefined, `review` is loaded for an agent view and null for the patient's. */
  agentView = false;

  /**
   * Maps a claim whose caisse, patient, trips, attachments and events are loaded. The review
   * part is given only to agents (see review/claim-views.ts).
   */
  static from(claim: Claim, review: ClaimReviewType | null = null): ClaimType {
    return Object.assign(new ClaimType(), {
      id: claim.id,
      number: claim.number,
      status: claim.status,
      onHold: claim.onHold,
      version: claim.version,
      submittedAt: claim.submittedAt,
      caisse: CaisseType.from(claim.caisse),
      patient: PatientType.from(claim.patient),
      caisseId: claim.caisse.id,
      patientId: claim.patient.id,
      prescriptionKind: claim.prescriptionKind,
      trips: claim.trips.getItems().map((trip) =>
        Object.assign(new TripType(), {
          outboundDate: trip.outboundDate,
          returnDate: trip.returnDate,
        }),
      ),
      distanceKm: claim.distanceKm,
      tollsCents: claim.tollsCents,
      parkingCents: claim.parkingCents,
      publicTransportCents: claim.publicTransportCents,
      attachments: claim.attachments.getItems().map(AttachmentType.from),
      events: claim.events.getItems().map((event) =>
        Object.assign(new ClaimEventType(), {
          at: event.at,
          type: event.type,
          actorType: event.actorType,
        }),
      ),
      conflictsKept: claim.conflictsKept,
      conflictsFixed: claim.conflictsFixed,
      review,
    });
  }
}
