"use client";

import { useMutation } from "@apollo/client/react";
import { fr } from "@codegouvfr/react-dsfr";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Table } from "@codegouvfr/react-dsfr/Table";
import type { MessageTemplatesQuery } from "@mrs/schema/agent";
import { apiFailure, failureText } from "@/errors/api-errors";
import { useSignedInAgent } from "@/session/signed-in-agent";
import { mayChangeTemplate } from "./template-form";
import {
  DeactivateMessageTemplateDocument,
  ReactivateMessageTemplateDocument,
} from "./templates.documents";
import { templatesMessages as m } from "./templates.messages";

type Template = MessageTemplatesQuery["messageTemplates"][number];

export type TemplatesTableProps = {
  templates: readonly Template[];
  onEdit: (template: Template) => void;
  onMessage: (message: string, severity: "success" | "error") => void;
};

export function TemplatesTable({ templates, onEdit, onMessage }: TemplatesTableProps) {
  const { roles } = useSignedInAgent();
  const [deactivate] = useMutation(DeactivateMessageTemplateDocument);
  const [reactivate] = useMutation(ReactivateMessageTemplateDocument);

  const toggle = async (template: Template) => {
    try {
      const variables = { id: template.id };
      if (template.active) await deactivate({ variables });
      else await reactivate({ variables });
      onMessage(m.toggled(!template.active), "success");
    } catch (error) {
      onMessage(failureText(apiFailure(error)), "error");
    }
  };

  const rows = templates.map((template) => [
    template.name,
    m.kind[template.kind],
    template.caisse ? `${template.caisse.number} — ${template.caisse.name}` : m.national,
    <Badge key="state" small severity={template.active ? "success" : undefined} noIcon>
      {template.active ? m.active : m.inactive}
    </Badge>,
    template.usageCount,
    // Only what the API would accept is offered: a national template is a national admin's.
    !mayChangeTemplate(roles, template) ? (
      <span key="actions" className={fr.cx("fr-text--sm")}>
        {m.nationalReadOnly}
      </span>
    ) : (
      <div
        key="actions"
        className={fr.cx("fr-btns-group", "fr-btns-group--inline-sm", "fr-btns-group--sm")}
      >
        <Button
          priority="secondary"
          size="small"
          onClick={() => onEdit(template)}
          title={m.edit(template.name)}
        >
          {m.editShort}
        </Button>
        <Button priority="tertiary" size="small" onClick={() => void toggle(template)}>
          {template.active ? m.deactivate : m.reactivate}
        </Button>
      </div>
    ),
  ]);
  return <Table caption={m.tableCaption} headers={[...m.headers]} data={rows} />;
}
