import type { EntityManager } from "@mikro-orm/postgresql";
import { NATIONAL_ROLES, isAgentRole, type AgentRole } from "../auth/permissions";
import { Caisse } from "../caisses/caisse.entity";
import { InputError } from "../graphql/errors";
import { Agent, parseAgentEmail } from "./agent.entity";
import { accountMessages } from "./messages";

export interface AgentSpec {
  email: string;
  roles: readonly string[];
  /** Caisse numbers ("311"); may be empty for a national administrator only. */
  caisseNumbers: readonly string[];
  /** A ready argon2id hash; undefined keeps the current one. */
  passwordHash?: string;
  /** Undefined keeps the current names (none for a new account). */
  firstName?: string;
  lastName?: string;
}

/**
 * Creates the agent, or updates the one with that e-mail: roles and caisses are replaced, the
 * account is (re)activated. Used by the command-line tool and the demo seed.
 */
export async function saveAgent(
  em: EntityManager,
  spec: AgentSpec,
): Promise<{ agent: Agent; created: boolean }> {
  const email = parseAgentEmail(spec.email);
  if (email === null) throw new InputError("email", accountMessages.emailInvalid);
  const roles = parseRoles(spec.roles);
  const numbers = [...new Set(spec.caisseNumbers.map((n) => n.trim().padStart(3, "0")))];
  const national = roles.some((role) => NATIONAL_ROLES.includes(role));
  if (numbers.length === 0 && !national) {
    throw new InputError("caisses", accountMessages.caisseMissing);
  }

  const caisses = await em.find(Caisse, { number: { $in: numbers } });
  const unknown = numbers.filter((n) => !caisses.some((c) => c.number === n));
  if (unknown.length > 0) throw new InputError("caisses", accountMessages.caisseUnknown(unknown));

  const existing = await em.findOne(Agent, { email }, { populate: ["caisses"] });
  const agent = existing ?? em.create(Agent, { email, roles });
  agent.roles = roles;
  agent.active = true;
  agent.caisses.set(caisses);
  if (spec.passwordHash !== undefined) agent.passwordHash = spec.passwordHash;
  if (spec.firstName !== undefined) agent.firstName = spec.firstName;
  if (spec.lastName !== undefined) agent.lastName = spec.lastName;
  // An administrator's form open on this account must not save over what changed here.
  if (existing) agent.version += 1;
  await em.flush();
  return { agent, created: existing === null };
}

function parseRoles(values: readonly string[]): AgentRole[] {
  const roles = [...new Set(values.map((v) => v.trim().toUpperCase()))];
  if (roles.length === 0) throw new InputError("roles", accountMessages.roleMissing);
  const unknown = roles.find((role) => !isAgentRole(role));
  if (unknown !== undefined) throw new InputError("roles", accountMessages.roleUnknown(unknown));
  return roles.filter(isAgentRole);
}
