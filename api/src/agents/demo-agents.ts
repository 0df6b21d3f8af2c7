import type { EntityManager } from "@mikro-orm/postgresql";
import type { AgentRole } from "../auth/permissions";
import { Caisse } from "../caisses/caisse.entity";
import { Agent } from "./agent.entity";
import { hashPassword } from "./passwords";
import { saveAgent } from "./save-agent";

/** The one password of every demo account. Printed in the start-up banner; development only. */
export const DEMO_PASSWORD = "Demo-Remboursements-2026";

export interface DemoLogin {
  email: string;
  firstName: string;
  lastName: string;
  roles: AgentRole[];
  /** Caisse numbers. */
  caisses: string[];
}

// Made-up people, so that the accounts page shows names; picked in turn per caisse.
const TECHNICIANS = [
  ["Camille", "Martin"],
  ["Hugo", "Bernard"],
  ["Inès", "Dubois"],
  ["Louis", "Thomas"],
  ["Manon", "Robert"],
  ["Nathan", "Richard"],
] as const;
const LOCAL_ADMINS = [
  ["Chloé", "Petit"],
  ["Jules", "Durand"],
  ["Léa", "Leroy"],
  ["Paul", "Moreau"],
  ["Sarah", "Simon"],
  ["Tom", "Laurent"],
] as const;

const person = (people: readonly (readonly [string, string])[], index: number) => {
  const [firstName, lastName] = people[index % people.length] ?? ["Démo", "Démo"];
  return { firstName, lastName };
};

/**
 * The demo accounts: for each active caisse one AGENT (`agent.311@demo.gouv.fr`) and one
 * LOCAL_ADMIN (`admin.311@demo.gouv.fr`), then one SUPERVISOR of every active caisse and one
 * NATIONAL_ADMIN.
 */
export async function demoLogins(em: EntityManager): Promise<DemoLogin[]> {
  const caisses = await em.find(Caisse, { active: true }, { orderBy: { number: "asc" } });
  const numbers = caisses.map((c) => c.number);
  return [
    ...numbers.map((n, index) => ({
      email: `agent.${n}@demo.gouv.fr`,
      ...person(TECHNICIANS, index),
      roles: ["AGENT" as const],
      caisses: [n],
    })),
    ...numbers.map((n, index) => ({
      email: `admin.${n}@demo.gouv.fr`,
      ...person(LOCAL_ADMINS, index),
      roles: ["LOCAL_ADMIN" as const],
      caisses: [n],
    })),
    {
      email: "superviseur@demo.gouv.fr",
      firstName: "Sophie",
      lastName: "Lefèvre",
      roles: ["SUPERVISOR"],
      caisses: numbers,
    },
    {
      email: "admin.national@demo.gouv.fr",
      firstName: "Marc",
      lastName: "Girard",
      roles: ["NATIONAL_ADMIN"],
      caisses: [],
    },
  ];
}

/**
 * Creates the demo accounts that do not exist yet; existing ones are left as they are, so a
 * restart is quick and keeps what a developer changed. Callers check that demo data is allowed
 * (`demoSeedEnabled`): never in production.
 */
export async function seedDemoAgents(em: EntityManager): Promise<number> {
  const logins = await demoLogins(em);
  const existing = await em.find(Agent, { email: { $in: logins.map((l) => l.email) } });
  const missing = logins.filter((l) => !existing.some((a) => a.email === l.email));
  if (missing.length === 0) return 0;

  // One hash for all: hashing is deliberately slow and these accounts share their password.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const login of missing) {
    await saveAgent(em, {
      email: login.email,
      firstName: login.firstName,
      lastName: login.lastName,
      roles: login.roles,
      caisseNumbers: login.caisses,
      passwordHash,
    });
  }
  return missing.length;
}
