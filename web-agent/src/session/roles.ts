import type { AgentRole } from "@mrs/schema/agent";

/** Who may do what in the portal; the API checks the same rules (SPEC section 3). */
export interface Abilities {
  /** Dashboard, queue and claim pages. */
  readClaims: boolean;
  /** Take, validate, reject, hold, contact, correct: technicians only. */
  actOnClaims: boolean;
  /** Download the payment-data request file (API permission claims:export). */
  exportPayments: boolean;
  /** Import the payment data sent back by the back office (API permission payments:import). */
  importPayments: boolean;
  /** Rejection and contact templates. */
  manageTemplates: boolean;
  /** Agent accounts: local admins for their caisses, national admins for all. */
  manageAccounts: boolean;
}

export function abilitiesOf(roles: readonly AgentRole[]): Abilities {
  const has = (role: AgentRole) => roles.includes(role);
  const national = has("NATIONAL_ADMIN");
  return {
    readClaims: has("AGENT") || has("SUPERVISOR") || national,
    actOnClaims: has("AGENT") || national,
    exportPayments: has("SUPERVISOR") || national,
    importPayments: has("SUPERVISOR") || national,
    manageTemplates: has("SUPERVISOR") || national,
    manageAccounts: has("LOCAL_ADMIN") || national,
  };
}

/** Where an agent lands after signing in: the dashboard, or the accounts for an admin only. */
export function landingPage(abilities: Abilities): string {
  return abilities.readClaims || !abilities.manageAccounts ? "/tableau-de-bord" : "/comptes";
}
