import type { GraphQLContext } from "../graphql/context";
import type { MessageTemplate } from "./message-template.entity";
import type { UpdateMessageTemplateInput } from "./message-template.types";
import { flushTemplate, templateForWrite } from "./template-access";
import { BODY_MAX, checkedText, NAME_MAX, SUBJECT_MAX } from "./template-text";

/** Changes the name, subject or body of a template; absent fields are kept. */
export async function updateTemplate(
  ctx: GraphQLContext,
  id: string,
  input: UpdateMessageTemplateInput,
): Promise<MessageTemplate> {
  const template = await templateForWrite(ctx, id);

  if (input.name != null) template.name = checkedText("name", "Le nom", input.name, NAME_MAX);
  if (input.subject != null) {
    template.subject = checkedText("subject", "L’objet", input.subject, SUBJECT_MAX);
  }
  if (input.body != null) {
    template.body = checkedText("body", "Le corps du message", input.body, BODY_MAX);
  }
  await flushTemplate(ctx);
  ctx.logger.info({ templateId: template.id }, "message template updated");
  return template;
}
