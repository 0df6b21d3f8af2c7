import type { Principal } from "../graphql/context";
import { NotFoundError } from "../graphql/errors";
import { NATIONAL_ROLES } from "./permissions";

/**
 * Which caisses' data a principal may see (SPEC 3). `null` means every caisse (national
 * roles); otherwise the list may be empty, which then matches nothing.
 */
export function caisseScope(principal: Principal): readonly string[] | null {
  switch (principal.kind) {
    case "anonymous":
      return [];
    case "agent":
      return principal.roles.some((role) => NATIONAL_ROLES.includes(role))
        ? null
        : principal.caisseIds;
  }
}

/** True when the principal may see data of this caisse. */
export function inCaisseScope(principal: Principal, caisseId: string): boolean {
  const scope = caisseScope(principal);
  return scope === null || scope.includes(caisseId);
}

/**
 * A MikroORM condition restricting a caisse foreign key to the principal's scope, to spread
 * into a `where`: `{ ...caisseCondition(principal, "caisse"), status }`. Empty for national
 * roles, so the condition disappears from the query.
 */
export function caisseCondition<K extends string>(
  principal: Principal,
  key: K,
): Partial<Record<K, { $in: string[] }>> {
  const scope = caisseScope(principal);
  if (scope === null) return {};
  const condition: Partial<Record<K, { $in: string[] }>> = {};
  condition[key] = { $in: [...scope] };
  return condition;
}

/**
 * Returns the row when it exists and belongs to the principal's caisses; otherwise throws the
 * same NOT_FOUND in both cases, so that another caisse's data cannot even be detected.
 * `caisseIdOf` returns null for national rows (readable by every agent).
 */
export function ensureInScope<T>(
  principal: Principal,
  row: T | null | undefined,
  caisseIdOf: (row: T) => string | null,
  notFound: () => Error = () => new NotFoundError(),
): T {
  if (row === null || row === undefined) throw notFound();
  const caisseId = caisseIdOf(row);
  if (caisseId !== null && !inCaisseScope(principal, caisseId)) throw notFound();
  return row;
}
