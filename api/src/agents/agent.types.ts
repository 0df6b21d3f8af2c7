import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import type { AgentRole } from "../auth/permissions";
import { CaisseType } from "../caisses/caisse.types";
import type { Agent as AgentEntity } from "./agent.entity";

// type-graphql wants an enum-like object; the mapped type keeps it in step with AGENT_ROLES.
export const AgentRoleEnum: { [R in AgentRole]: R } = {
  AGENT: "AGENT",
  SUPERVISOR: "SUPERVISOR",
  LOCAL_ADMIN: "LOCAL_ADMIN",
  NATIONAL_ADMIN: "NATIONAL_ADMIN",
};

registerEnumType(AgentRoleEnum, {
  name: "AgentRole",
  description: "Rôle d'un agent ; un agent peut en cumuler plusieurs.",
  valuesConfig: {
    AGENT: { description: "Technicien : traite les demandes de ses caisses." },
    SUPERVISOR: {
      description: "Superviseur : consulte tout, exporte, gère les modèles de message.",
    },
    LOCAL_ADMIN: { description: "Administrateur local : gère les comptes de ses caisses." },
    NATIONAL_ADMIN: { description: "Administrateur national : toutes les caisses." },
  },
});

@ObjectType("Agent", { description: "Agent d'une caisse, connecté au portail agent." })
export class AgentType {
  @Field(() => ID)
  id!: string;

  @Field({ description: "Adresse électronique de connexion." })
  email!: string;

  @Field(() => [AgentRoleEnum], { description: "Rôles de l'agent." })
  roles!: AgentRole[];

  @Field(() => [CaisseType], { description: "Caisses de l'agent, par numéro." })
  caisses!: CaisseType[];

  @Field(() => String, {
    nullable: true,
    description: "Prénom ; null pour un compte créé sans nom (outil en ligne de commande).",
  })
  firstName!: string | null;

  @Field(() => String, { nullable: true, description: "Nom de famille ; null comme le prénom." })
  lastName!: string | null;

  @Field({ description: "Faux si le compte est désactivé : il ne peut plus se connecter." })
  active!: boolean;

  @Field({
    description: "Vrai une fois le mot de passe choisi (par le lien reçu à la création du compte).",
  })
  passwordSet!: boolean;

  @Field(() => Date, { nullable: true, description: "Dernière connexion réussie, si connue." })
  lastLoginAt!: Date | null;

  @Field(() => Int, {
    description:
      "Version du compte, à renvoyer à updateAgent pour détecter une modification concurrente.",
  })
  version!: number;

  /** The entity's caisses must be loaded. */
  static from(entity: AgentEntity): AgentType {
    const caisses = entity.caisses
      .getItems()
      .map(CaisseType.from)
      .sort((a, b) => a.number.localeCompare(b.number));
    return Object.assign(new AgentType(), {
      id: entity.id,
      email: entity.email,
      roles: [...entity.roles],
      caisses,
      firstName: entity.firstName,
      lastName: entity.lastName,
      active: entity.active,
      passwordSet: entity.passwordHash !== null,
      lastLoginAt: entity.lastLoginAt,
      version: entity.version,
    });
  }
}
