import { caisseScope, inCaisseScope } from "../auth/caisse-scope";
import { Caisse } from "../caisses/caisse.entity";
import type { GraphQLContext } from "../graphql/context";
import { ForbiddenError, InputError } from "../graphql/errors";
import { isUuid } from "../shared/uuid";
import { MessageTemplate } from "./message-template.entity";
import type { CreateMessageTemplateInput } from "./message-template.types";
import { messages } from "./messages";
import { flushTemplate } from "./template-access";
import { BODY_MAX, checkedText, NAME_MAX, SUBJECT_MAX } from "./template-text";

/** A supervisor adds a template to one of their caisses; a national admin, also national ones. */
export async function createTemplate(
  ctx: GraphQLContext,
  input: CreateMessageTemplateInput,
): Promise<MessageTemplate> {
  const { em, principal } = ctx;
  const { caisseId } = input;
  let caisse: Caisse | null = null;
  if (caisseId) {
    const found =
      isUuid(caisseId) && inCaisseScope(principal, caisseId)
        ? await em.findOne(Caisse, { id: caisseId })
        : null;
    if (!found) throw new InputError("caisseId", messages.caisseNotFound);
    caisse = found;
  } else if (caisseScope(principal) !== null) {
    throw new ForbiddenError(messages.nationalOnly);
  }

  const template = em.create(MessageTemplate, {
    caisse,
    kind: input.kind,
    name: checkedText("name", "Le nom", input.name, NAME_MAX),
    subject: checkedText("subject", "L’objet", input.subject, SUBJECT_MAX),
    body: checkedText("body", "Le corps du message", input.body, BODY_MAX),
  });
  await flushTemplate(ctx);
  ctx.logger.info({ templateId: template.id }, "message template created");
  return template;
}
