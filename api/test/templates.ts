import { randomUUID } from "node:crypto";
import { Caisse } from "../src/caisses/caisse.entity";
import { MessageTemplate, MessageTemplateKind } from "../src/templates/message-template.entity";
import type { TestApi } from "./test-api";

/** A fresh template of a caisse (by number), or national when `caisseNumber` is null. */
export async function createTestTemplate(
  api: TestApi,
  caisseNumber: string | null,
  overrides: Partial<Pick<MessageTemplate, "name" | "kind" | "subject" | "body" | "active">> = {},
): Promise<MessageTemplate> {
  const em = api.orm.em.fork();
  const caisse = caisseNumber ? await em.findOneOrFail(Caisse, { number: caisseNumber }) : null;
  const template = em.create(MessageTemplate, {
    caisse,
    name: `Modèle ${randomUUID()}`,
    kind: MessageTemplateKind.REJECTION,
    subject: "Demande n° {{claimNumber}}",
    body: "Bonjour {{patientFirstName}},\nVotre demande est rejetée.",
    ...overrides,
  });
  await em.flush();
  return template;
}
