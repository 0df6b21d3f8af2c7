import { Field, ObjectType } from "type-graphql";
import { LocalDateScalar } from "../graphql/scalars";
import type { Patient } from "./patient.entity";

@ObjectType("Patient", { description: "Personne transportée." })
export class PatientType {
  @Field({ description: "Prénom." })
  firstName!: string;

  @Field({ description: "Nom de famille." })
  lastName!: string;

  @Field(() => LocalDateScalar, { description: "Date de naissance." })
  birthDate!: string;

  @Field({ description: "Numéro de sécurité sociale, 15 caractères (numéro et clé)." })
  nir!: string;

  @Field({ description: "Adresse électronique." })
  email!: string;

  @Field(() => String, {
    nullable: true,
    description: "Téléphone, pour que la caisse puisse joindre la personne (facultatif).",
  })
  phone!: string | null;

  static from(
    entity: Pick<
      Patient,
      "firstName" | "lastName" | "birthDate" | "nir" | "nirKey" | "email" | "phone"
    >,
  ): PatientType {
    return Object.assign(new PatientType(), {
      firstName: entity.firstName,
      lastName: entity.lastName,
      birthDate: entity.birthDate,
      nir: entity.nir + entity.nirKey,
      email: entity.email,
      phone: entity.phone,
    });
  }
}
