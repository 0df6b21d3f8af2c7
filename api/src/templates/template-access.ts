import { UniqueConstraintViolationException } from "@mikro-orm/core";
import { caisseScope, ensureInScope } from "../auth/caisse-scope";
import type { GraphQLContext } from "../graphql/context";
import { ForbiddenError, InputError, NotFoundError } from "../graphql/errors";
import { isUuid } from "../shared/uuid";
import { MessageTemplate } from "./message-template.entity";
import { messages } from "./messages";

/**
 * Loads a template the caller is about to change. A template of another caisse answers like a
 * missing one; a national template is visible to every agent but only national administrators
 * may change it.
 */
export async function templateForWrite(ctx: GraphQLContext, id: string): Promise<MessageTemplate> {
  const row = isUuid(id)
    ? await ctx.em.findOne(MessageTemplate, { id }, { populate: ["caisse"] })
    : null;
  const template = ensureInScope(
    ctx.principal,
    row,
    (t) => t.caisse?.id ?? null,
    () => new NotFoundError(messages.notFound),
  );
  if (template.caisse === null && caisseScope(ctx.principal) !== null) {
    throw new ForbiddenError(messages.nationalOnly);
  }
  return template;
}

/** Flushes a created or changed template, turning a duplicate name into an error on `name`. */
export async function flushTemplate(ctx: GraphQLContext): Promise<void> {
  try {
    await ctx.em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      throw new InputError("name", messages.duplicateName);
    }
    throw error;
  }
}
