import { rolesGrant } from "../../auth/permissions";
import type { GraphQLContext } from "../../graphql/context";
import { ConflictError } from "../../graphql/errors";
import { throwIfAny, type Issue } from "../../shared/issues";
import type { Agent } from "../agent.entity";
import { adminOf, changeAccount } from "./account-access";
import { checkedName, checkedRoles, grantableCaisses } from "./account-fields";
import type { UpdateAgentInput } from "./account.types";
import { accountsMessages as m } from "./messages";

/**
 * Changes the names, roles or caisses of an account; absent fields are kept, roles and caisses
 * are replaced as a whole. With `version`, an account changed since the form was read is
 * refused (CONFLICT). The new roles apply at the agent's next request: sessions read them
 * afresh every time.
 */
export async function updateAgent(
  ctx: GraphQLContext,
  id: string,
  version: number | null,
  input: UpdateAgentInput,
): Promise<Agent> {
  const agent = await changeAccount(ctx, id, async ({ tx, agent, admin, scope }) => {
    if (version !== null && version !== agent.version) throw new ConflictError(m.stale);

    const issues: Issue[] = [];
    const roles = input.roles != null ? checkedRoles(scope, input.roles, issues) : agent.roles;
    const firstName =
      input.firstName != null ? checkedName("firstName", input.firstName, issues) : undefined;
    const lastName =
      input.lastName != null ? checkedName("lastName", input.lastName, issues) : undefined;
    const current = agent.caisses.getItems().map((caisse) => caisse.id);
    const caisses = await grantableCaisses(tx, scope, input.caisseIds ?? current, roles, issues);
    // An administrator cannot lock themselves out of this page; another one can still do it.
    if (agent.id === admin.agentId && !rolesGrant(roles, "agents:manage")) {
      issues.push({ field: "roles", message: m.selfDemotion });
    }
    throwIfAny(issues);

    if (firstName) agent.firstName = firstName;
    if (lastName) agent.lastName = lastName;
    agent.roles = roles;
    agent.caisses.set(caisses);
    agent.version += 1;
  });
  ctx.logger.info({ agentId: agent.id, byAgentId: adminOf(ctx).agentId }, "agent account updated");
  return agent;
}
