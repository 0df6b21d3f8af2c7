"use client";

import { useQuery } from "@apollo/client/react";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import type { MessageTemplateKind } from "@mrs/schema/agent";
import type { ClaimDetail } from "@/claim/claim-types";
import { formatInstantDate } from "@/claim/format";
import { fillPlaceholders } from "@/templates/placeholders";
import { MessageTemplatesDocument } from "@/templates/templates.documents";
import { actionsMessages as m } from "./actions.messages";
import { EmailPreview } from "./EmailPreview";

/** An e-mail to the patient, from a template the agent may adapt. */
export interface MessageDraft {
  templateId: string;
  subject: string;
  body: string;
}

export const EMPTY_MESSAGE: MessageDraft = { templateId: "", subject: "", body: "" };

export type MessageFieldsProps = {
  claim: ClaimDetail;
  kind: MessageTemplateKind;
  draft: MessageDraft;
  onChange: (draft: MessageDraft) => void;
};

/**
 * Choose a template of the claim's caisse (rejection or contact), adapt its subject and body,
 * and see the e-mail the patient will receive with its placeholders filled.
 */
export function MessageFields({ claim, kind, draft, onChange }: MessageFieldsProps) {
  const { data } = useQuery(MessageTemplatesDocument, {
    variables: { kind, caisseId: claim.caisse.id },
  });
  const templates = data?.messageTemplates ?? [];
  const values = {
    claimNumber: claim.number,
    patientFirstName: claim.patient.firstName,
    patientLastName: claim.patient.lastName,
    caisseName: claim.caisse.name,
    submittedOn: formatInstantDate(claim.submittedAt),
  };

  const choose = (templateId: string) => {
    const template = templates.find((each) => each.id === templateId);
    onChange({ templateId, subject: template?.subject ?? "", body: template?.body ?? "" });
  };
  if (data && templates.length === 0) return <p>{m.noTemplate[kind]}</p>;
  return (
    <>
      <Select
        label={m.template}
        nativeSelectProps={{
          value: draft.templateId,
          onChange: (e) => choose(e.target.value),
          required: true,
        }}
      >
        <option value="" disabled>
          {m.chooseTemplate}
        </option>
        {templates.map((template) => (
          <option key={template.id} value={template.id}>
            {template.name}
          </option>
        ))}
      </Select>
      {draft.templateId !== "" && (
        <>
          <Input
            label={m.subject}
            nativeInputProps={{
              value: draft.subject,
              onChange: (e) => onChange({ ...draft, subject: e.target.value }),
            }}
          />
          <Input
            label={m.body}
            textArea
            nativeTextAreaProps={{
              rows: 6,
              value: draft.body,
              onChange: (e) => onChange({ ...draft, body: e.target.value }),
            }}
          />
          <EmailPreview
            subject={fillPlaceholders(draft.subject, values)}
            body={fillPlaceholders(draft.body, values)}
          />
        </>
      )}
    </>
  );
}
