import { Field, ID, ObjectType } from "type-graphql";
import type { Caisse as CaisseEntity } from "./caisse.entity";

@ObjectType("Caisse", { description: "Caisse locale d'assurance maladie (CPAM, CGSS, CSS)." })
export class CaisseType {
  @Field(() => ID)
  id!: string;

  @Field({ description: "Numéro à trois chiffres (« 311 »)." })
  number!: string;

  @Field({ description: "Nom de la caisse." })
  name!: string;

  @Field({ description: "Vrai si la caisse propose le service aux patients." })
  active!: boolean;

  @Field({ description: "Vrai si une convocation peut remplacer la prescription." })
  convocationAllowed!: boolean;

  @Field({ description: "Vrai si les frais de stationnement sont remboursables." })
  parkingAllowed!: boolean;

  static from(
    entity: Pick<
      CaisseEntity,
      "id" | "number" | "name" | "active" | "convocationAllowed" | "parkingAllowed"
    >,
  ): CaisseType {
    return Object.assign(new CaisseType(), {
      id: entity.id,
      number: entity.number,
      name: entity.name,
      active: entity.active,
      convocationAllowed: entity.convocationAllowed,
      parkingAllowed: entity.parkingAllowed,
    });
  }
}
