import { Field, ID, InputType, Int } from "type-graphql";
import { LocalDateScalar } from "../graphql/scalars";
import { PrescriptionKind } from "./claim-enums";

// Inputs carry what the patient typed. Every rule (SPEC 4.2) is checked by
// validate-claim-input.ts, which reports the dotted path of the offending field.

@InputType("PatientInput", { description: "Identité de la personne transportée." })
export class PatientInput {
  @Field({ description: "Numéro de sécurité sociale et clé, 15 caractères (espaces ignorés)." })
  nir!: string;

  @Field(() => LocalDateScalar, { description: "Date de naissance." })
  birthDate!: string;

  @Field({ description: "Prénom." })
  firstName!: string;

  @Field({ description: "Nom de famille." })
  lastName!: string;

  @Field({ description: "Adresse électronique, qui reçoit l'accusé de réception." })
  email!: string;

  @Field(() => String, { nullable: true, description: "Téléphone français (facultatif)." })
  phone?: string | null;
}

@InputType("PrescriptionInput", { description: "Ce qui justifie le transport." })
export class PrescriptionInput {
  @Field(() => PrescriptionKind, { description: "Nature de la prescription." })
  kind!: PrescriptionKind;

  @Field(() => String, {
    nullable: true,
    description: "Numéro de la ePMT : 14 lettres ou chiffres.",
  })
  epmtNumber?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "Date de la convocation." })
  convocationDate?: string | null;
}

@InputType("TripInput", { description: "Un trajet." })
export class TripInput {
  @Field(() => LocalDateScalar, { description: "Date de l'aller." })
  outboundDate!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: "Null for a one-way trip." })
  returnDate?: string | null;
}

@InputType("VehicleInput", { description: "Frais en véhicule personnel." })
export class VehicleInput {
  @Field(() => Int, { description: "Kilomètres parcourus, tous trajets confondus." })
  distanceKm!: number;

  @Field(() => Int, { nullable: true, description: "Péages, en centimes." })
  tollsCents?: number | null;

  @Field(() => Int, { nullable: true, description: "Stationnement, en centimes." })
  parkingCents?: number | null;
}

@InputType("PublicTransportInput", { description: "Frais en transports en commun." })
export class PublicTransportInput {
  @Field(() => Int, { description: "Coût total des titres de transport, en centimes." })
  costCents!: number;
}

@InputType("ClaimInput", { description: "Tout ce que le patient saisit pour une demande." })
export class ClaimInput {
  @Field(() => ID, { description: "Caisse du patient." })
  caisseId!: string;

  @Field(() => PatientInput, { description: "Identité de la personne transportée." })
  patient!: PatientInput;

  @Field(() => PrescriptionInput, { description: "Prescription du transport." })
  prescription!: PrescriptionInput;

  @Field(() => [TripInput], { description: "Trajets, dans l'ordre de saisie." })
  trips!: TripInput[];

  @Field(() => VehicleInput, { nullable: true, description: "Absent : pas de véhicule personnel." })
  vehicle?: VehicleInput | null;

  @Field(() => PublicTransportInput, {
    nullable: true,
    description: "Absent : pas de transports en commun.",
  })
  publicTransport?: PublicTransportInput | null;

  @Field(() => [ID], { description: "Ids returned by the upload endpoint for this draft." })
  attachmentIds!: string[];

  @Field({ description: "The sworn statement: must be true." })
  sworn!: boolean;
}
