import { raw } from "@mikro-orm/core";
import { InputError } from "../../graphql/errors";
import { frenchDate } from "../../shared/french-date";
import { parisDate } from "../../shared/local-date";
import { isUuid } from "../../shared/uuid";
import { MessageTemplate, type MessageTemplateKind } from "../../templates/message-template.entity";
import { fillTemplate, type PlaceholderValues } from "../../templates/placeholders";
import { BODY_MAX, checkedText, SUBJECT_MAX } from "../../templates/template-text";
import type { Claim } from "../claim.entity";
import type { ActionScope } from "./claim-action";
import { reviewMessages } from "./messages";

export interface AgentMessage {
  templateId: string;
  subject: string;
  body: string;
}

/**
 * The message an agent sends from a template: the template must be active, of the right kind,
 * national or of the claim's caisse; the agent's edited subject and body (else the template's)
 * are checked like a template, then filled with the claim's values. The template's usage count
 * goes up in the same transaction, by an atomic increment (two agents may use it at once).
 */
export async function templateMessage(
  scope: ActionScope,
  kind: MessageTemplateKind,
  templateId: string,
  edited: { subject?: string | null; body?: string | null },
): Promise<AgentMessage> {
  const { tx, claim } = scope;
  const template = isUuid(templateId)
    ? await tx.findOne(MessageTemplate, { id: templateId, kind, active: true })
    : null;
  const caisseId = template?.caisse?.id ?? null;
  if (!template || (caisseId !== null && caisseId !== claim.caisse.id)) {
    throw new InputError("templateId", reviewMessages.templateUnusable);
  }
  const subject = checkedText(
    "subject",
    "L’objet",
    edited.subject ?? template.subject,
    SUBJECT_MAX,
  );
  const body = checkedText("body", "Le message", edited.body ?? template.body, BODY_MAX);
  refuseUnfilledInstructions("subject", subject, template.subject);
  refuseUnfilledInstructions("body", body, template.body);

  await tx
    .createQueryBuilder(MessageTemplate)
    .update({ usageCount: raw("usage_count + 1") })
    .where({ id: template.id })
    .execute();
  const values = placeholderValues(claim);
  return {
    templateId: template.id,
    subject: fillTemplate(subject, values),
    body: fillTemplate(body, values),
  };
}

// A template may hold instructions for the agent in square brackets ("[précisez le document]").
const INSTRUCTION = /\[[^\]\n]+\]/g;

/** Refuses a message that still holds one of its template's bracketed instructions. */
function refuseUnfilledInstructions(field: string, text: string, templateText: string) {
  const left = (templateText.match(INSTRUCTION) ?? []).find((mark) => text.includes(mark));
  if (left) throw new InputError(field, reviewMessages.instructionLeft(left));
}

/** The claim's values for the `{{placeholder}}` marks; patient and caisse must be loaded. */
export function placeholderValues(claim: Claim): PlaceholderValues {
  return {
    claimNumber: claim.number,
    patientFirstName: claim.patient.firstName,
    patientLastName: claim.patient.lastName,
    caisseName: claim.caisse.name,
    submittedOn: frenchDate(parisDate(claim.submittedAt)),
  };
}
