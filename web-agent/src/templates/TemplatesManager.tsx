"use client";

import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import type { MessageTemplatesQuery } from "@mrs/schema/agent";
import { apiFailure, failureText } from "@/errors/api-errors";
import { LiveAlert, type LiveMessage } from "@/layout/LiveAlert";
import { useSignedInAgent } from "@/session/signed-in-agent";
import { MessageTemplatesDocument } from "./templates.documents";
import { templatesMessages as m } from "./templates.messages";
import { TemplateForm } from "./TemplateForm";
import { TemplatesTable } from "./TemplatesTable";

type Template = MessageTemplatesQuery["messageTemplates"][number];

/** The supervisors' page: every template of their caisses, active or not, and one form. */
export function TemplatesManager() {
  const agent = useSignedInAgent();
  const [editing, setEditing] = useState<Template | null>(null);
  const [notice, setNotice] = useState<LiveMessage | null>(null);
  const { data, error } = useQuery(MessageTemplatesDocument, {
    variables: { includeInactive: true },
    skip: !agent.abilities.manageTemplates,
  });

  if (!agent.abilities.manageTemplates)
    return <Alert severity="info" small description={m.forbidden} />;
  const edit = (template: Template) => {
    setEditing(template);
    setNotice(null);
    // The form is below the table: take the keyboard focus there.
    requestAnimationFrame(() => document.getElementById("modele-formulaire-titre")?.focus());
  };
  return (
    <>
      <p>{m.intro}</p>
      <LiveAlert message={notice} />
      {error && <Alert severity="error" small description={failureText(apiFailure(error))} />}
      {!data && !error && <p>{m.loading}</p>}
      {data && (
        <>
          <p className={fr.cx("fr-text--sm")}>{m.count(data.messageTemplates.length)}</p>
          <TemplatesTable
            templates={data.messageTemplates}
            onEdit={edit}
            onMessage={(text, severity) => setNotice({ text, severity })}
          />
          <TemplateForm
            // Another template, or a new one: a fresh form, without the previous one's errors.
            key={editing?.id ?? "new"}
            template={editing}
            placeholders={data.messageTemplatePlaceholders}
            onDone={(text) => {
              setEditing(null);
              setNotice({ text, severity: "success" });
            }}
          />
          {editing && (
            <Button
              priority="tertiary"
              className={fr.cx("fr-mt-2w")}
              onClick={() => setEditing(null)}
            >
              {m.cancel}
            </Button>
          )}
        </>
      )}
    </>
  );
}
