import type { GraphQLContext } from "../graphql/context";
import type { MessageTemplate } from "./message-template.entity";
import { templateForWrite } from "./template-access";

/**
 * Deactivates (or reactivates) a template. There is no deletion: events of past claims name
 * the template their message came from.
 */
export async function setTemplateActive(
  ctx: GraphQLContext,
  id: string,
  active: boolean,
): Promise<MessageTemplate> {
  const template = await templateForWrite(ctx, id);
  template.active = active;
  await ctx.em.flush();
  ctx.logger.info({ templateId: template.id, active }, "message template activation changed");
  return template;
}
