import { caisseScope } from "../../auth/caisse-scope";
import { NATIONAL_ROLES, type AgentRole } from "../../auth/permissions";
import type { Principal } from "../../graphql/context";
import type { Agent } from "../agent.entity";

/**
 * Which accounts an administrator manages (SPEC 3, "Local admin: manage agent accounts of their
 * caisses"). A national administrator manages every account. A local administrator manages an
 * account only when all of its caisses are theirs: an agent shared with a caisse they do not
 * administer is that caisse's business too, and a national administrator (whose scope is every
 * caisse) is out of their reach whatever caisses the account lists.
 */
export interface AccountScope {
  /** Null: every account (national administrators). */
  caisseIds: readonly string[] | null;
}

export function accountScope(principal: Principal): AccountScope {
  return { caisseIds: caisseScope(principal) };
}

/** Whether an account with these roles and caisses is within the scope. */
export function inAccountScope(
  scope: AccountScope,
  account: { roles: readonly AgentRole[]; caisseIds: readonly string[] },
): boolean {
  const managed = scope.caisseIds;
  if (managed === null) return true;
  if (account.roles.some((role) => NATIONAL_ROLES.includes(role))) return false;
  return account.caisseIds.length > 0 && account.caisseIds.every((id) => managed.includes(id));
}

/** The same test on an agent row; its caisses must be loaded. */
export function agentInScope(scope: AccountScope, agent: Agent): boolean {
  return inAccountScope(scope, {
    roles: agent.roles,
    caisseIds: agent.caisses.getItems().map((caisse) => caisse.id),
  });
}
