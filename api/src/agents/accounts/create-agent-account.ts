import { UniqueConstraintViolationException } from "@mikro-orm/core";
import type { GraphQLContext } from "../../graphql/context";
import { InputError } from "../../graphql/errors";
import { throwIfAny, type Issue } from "../../shared/issues";
import { Agent } from "../agent.entity";
import { PasswordTokenPurpose } from "../password-token.entity";
import { issueSetPasswordLink, sendSetPasswordLink } from "../set-password-link";
import { adminOf } from "./account-access";
import { checkedEmail, checkedName, checkedRoles, grantableCaisses } from "./account-fields";
import { accountScope } from "./account-scope";
import type { CreateAgentInput } from "./account.types";
import { ACCOUNT_ERROR_REASONS, accountsMessages as m } from "./messages";

const emailTaken = () =>
  new InputError("email", m.emailTaken, { reason: ACCOUNT_ERROR_REASONS.emailTaken });

/**
 * An administrator opens an account. It has no password: the agent receives an invitation
 * link (valid three days) to choose one, queued in the outbox in the same transaction as the
 * account, so that an account is never left without its e-mail nor an e-mail sent for an
 * account that was rolled back.
 */
export async function createAgentAccount(
  ctx: GraphQLContext,
  input: CreateAgentInput,
): Promise<Agent> {
  const admin = adminOf(ctx);
  const scope = accountScope(admin);
  const now = ctx.now();

  try {
    const agent = await ctx.em.transactional(async (tx) => {
      const issues: Issue[] = [];
      const roles = checkedRoles(scope, input.roles, issues);
      const email = checkedEmail(input.email, issues);
      const firstName = checkedName("firstName", input.firstName, issues);
      const lastName = checkedName("lastName", input.lastName, issues);
      const caisses = await grantableCaisses(tx, scope, input.caisseIds, roles, issues);
      throwIfAny(issues);
      if (email === null) throw new Error("e-mail check reported no issue but returned nothing");
      if ((await tx.count(Agent, { email })) > 0) throw emailTaken();

      const created = tx.create(Agent, { email, firstName, lastName, roles });
      created.caisses.set(caisses);
      await tx.flush();
      const link = await issueSetPasswordLink(
        tx,
        created,
        PasswordTokenPurpose.INVITATION,
        ctx.config,
        now,
      );
      sendSetPasswordLink(tx, created, link, PasswordTokenPurpose.INVITATION);
      return created;
    });
    ctx.logger.info({ agentId: agent.id, byAgentId: admin.agentId }, "agent account created");
    return agent;
  } catch (error) {
    // Two administrators adding the same address at once: the second meets the unique index.
    if (error instanceof UniqueConstraintViolationException) throw emailTaken();
    throw error;
  }
}
