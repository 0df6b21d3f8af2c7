import { GraphQLEnumType, type GraphQLNamedType } from "graphql";

/**
 * Types of the API contract that no operation references yet. Partners generate code from
 * the published SDL, so they are emitted now; as soon as a feature declares one of them
 * itself (agents' roles, for instance), that declaration wins and this one is dropped.
 */
export const contractOnlyTypes: GraphQLNamedType[] = [
  new GraphQLEnumType({
    name: "AgentRole",
    description: "Rôle d'un agent de caisse.",
    values: {
      AGENT: { description: "Technicien : traite les demandes de ses caisses." },
      SUPERVISOR: { description: "Superviseur : consulte, exporte et suit les statistiques." },
      LOCAL_ADMIN: { description: "Administrateur local : gère les comptes de ses caisses." },
      NATIONAL_ADMIN: { description: "Administrateur national : toutes les caisses." },
    },
  }),
];
