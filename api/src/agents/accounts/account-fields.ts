import type { EntityManager } from "@mikro-orm/postgresql";
import { NATIONAL_ROLES, type AgentRole } from "../../auth/permissions";
import { Caisse } from "../../caisses/caisse.entity";
import { ForbiddenError } from "../../graphql/errors";
import { normaliseName } from "../../patients/person-name";
import type { Issue } from "../../shared/issues";
import { isUuid } from "../../shared/uuid";
import { parseAgentEmail } from "../agent.entity";
import type { AccountScope } from "./account-scope";
import { accountsMessages as m } from "./messages";

/**
 * The checks shared by createAgent and updateAgent. Each reports its problems as issues on the
 * input field's name ("firstName", "caisseIds"), so that a form shows them next to the fields;
 * the callers throw them all at once (`throwIfAny`).
 */
export function checkedEmail(raw: string, issues: Issue[]): string | null {
  const email = parseAgentEmail(raw);
  if (email === null) issues.push({ field: "email", message: m.emailInvalid });
  return email;
}

/** A first or last name, with the patients' rules: letters, spaces, apostrophes, hyphens. */
export function checkedName(
  field: "firstName" | "lastName",
  raw: string,
  issues: Issue[],
): string | null {
  const result = normaliseName(raw);
  if (result.ok) return result.name;
  issues.push({ field, message: result.message });
  return null;
}

/**
 * The roles to give. Only a national administrator may make another one: a local
 * administrator asking for it lacks a right rather than typing something wrong (FORBIDDEN).
 * Local administration of caisses outside the caller's is prevented by `grantableCaisses`.
 */
export function checkedRoles(
  scope: AccountScope,
  roles: readonly AgentRole[],
  issues: Issue[],
): AgentRole[] {
  const unique = [...new Set(roles)];
  const national = unique.some((role) => NATIONAL_ROLES.includes(role));
  if (national && scope.caisseIds !== null) throw new ForbiddenError(m.nationalOnly);
  if (unique.length === 0) issues.push({ field: "roles", message: m.rolesMissing });
  return unique;
}

/**
 * The caisses to attach, all within the caller's: a caisse they do not administer is reported
 * exactly like one that does not exist. At least one is needed, except for a national
 * administrator, whose scope is every caisse anyway.
 */
export async function grantableCaisses(
  em: EntityManager,
  scope: AccountScope,
  caisseIds: readonly string[],
  roles: readonly AgentRole[],
  issues: Issue[],
): Promise<Caisse[]> {
  const wanted = [...new Set(caisseIds)];
  const managed = scope.caisseIds;
  const allowed = wanted.every((id) => isUuid(id) && (managed === null || managed.includes(id)));
  const caisses =
    allowed && wanted.length > 0 ? await em.find(Caisse, { id: { $in: wanted } }) : [];
  if (!allowed || caisses.length !== wanted.length) {
    issues.push({ field: "caisseIds", message: m.caisseNotFound });
    return [];
  }
  const national = roles.some((role) => NATIONAL_ROLES.includes(role));
  if (caisses.length === 0 && !national) {
    issues.push({ field: "caisseIds", message: m.caissesMissing });
  }
  return caisses.sort((a, b) => a.number.localeCompare(b.number));
}
