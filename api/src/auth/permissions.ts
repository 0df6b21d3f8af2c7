/**
 * The access-control vocabulary of the whole platform, in one table: the agent roles, the
 * permissions, and which role grants which permission (SPEC section 3). Features declare the
 * permission an operation needs (`@Requires("claims:process")`); only this file says who has it.
 * It lives with the auth plumbing, not in a feature, because the principal and the auth checker
 * (both plumbing) read it.
 */
export const AGENT_ROLES = ["AGENT", "SUPERVISOR", "LOCAL_ADMIN", "NATIONAL_ADMIN"] as const;
export type AgentRole = (typeof AGENT_ROLES)[number];

export const PERMISSIONS = [
  /** List and read claims of one's caisses, their attachments and events. */
  "claims:read",
  /** Status actions: take, validate, reject, hold/release, contact, correct typed data. */
  "claims:process",
  /** Exports (payment CSV, lists) of one's caisses. */
  "claims:export",
  /** Import the payment data sent back by the national back office. */
  "payments:import",
  "stats:read",
  /** Read the message templates (an agent picks one to reject or contact). */
  "templates:read",
  /** Create, edit, deactivate the message templates of one's caisses. */
  "templates:manage",
  /** Manage the agent accounts of one's caisses. */
  "agents:manage",
  /** Caisses and their settings, institutions, partner clients: national scope only. */
  "caisses:manage",
  "partners:manage",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Readonly<Record<AgentRole, readonly Permission[]>> = {
  AGENT: ["claims:read", "claims:process", "templates:read"],
  // SPEC 3: reads everything of their caisses, but no status action unless also AGENT.
  SUPERVISOR: [
    "claims:read",
    "claims:export",
    "payments:import",
    "stats:read",
    "templates:read",
    "templates:manage",
  ],
  LOCAL_ADMIN: ["agents:manage"],
  NATIONAL_ADMIN: PERMISSIONS,
};

/** Roles whose caisse scope is every caisse, whatever caisses the account is attached to. */
export const NATIONAL_ROLES: readonly AgentRole[] = ["NATIONAL_ADMIN"];

export function isAgentRole(value: string): value is AgentRole {
  return (AGENT_ROLES as readonly string[]).includes(value);
}

export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}

export function rolesGrant(roles: readonly AgentRole[], permission: Permission): boolean {
  return roles.some((role) => ROLE_PERMISSIONS[role].includes(permission));
}
