"use client";

import { useState, type FormEvent } from "react";
import { useMutation } from "@apollo/client/react";
import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import type { MessageTemplatesQuery } from "@mrs/schema/agent";
import { apiFailure, failureText } from "@/errors/api-errors";
import {
  apiFieldErrors,
  fieldState,
  firstWrongField,
  focusField,
  type FieldErrors,
} from "@/errors/field-errors";
import { LiveAlert } from "@/layout/LiveAlert";
import { useSignedInAgent } from "@/session/signed-in-agent";
import {
  CreateMessageTemplateDocument,
  MessageTemplatesDocument,
  UpdateMessageTemplateDocument,
} from "./templates.documents";
import { TEMPLATE_FIELDS, templateErrors, type TemplateField } from "./template-form";
import { templatesMessages as m } from "./templates.messages";

type Template = MessageTemplatesQuery["messageTemplates"][number];

const FORM_ID = "modele-formulaire";

export type TemplateFormProps = {
  /** The template being edited; null: a new one. */
  template: Template | null;
  placeholders: readonly string[];
  onDone: (message: string) => void;
};

/** Creates a template, or edits the name, subject and body of one (kind and caisse stay). */
export function TemplateForm({ template, placeholders, onDone }: TemplateFormProps) {
  const agent = useSignedInAgent();
  const national = agent.roles.includes("NATIONAL_ADMIN");
  const [failure, setFailure] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors<TemplateField>>({});
  const clear = (field: TemplateField) =>
    setErrors((previous) => ({ ...previous, [field]: undefined }));
  const refetchQueries = [MessageTemplatesDocument];
  const [create, creating] = useMutation(CreateMessageTemplateDocument, { refetchQueries });
  const [update, updating] = useMutation(UpdateMessageTemplateDocument, { refetchQueries });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    const text = (name: string) => String(form.get(name) ?? "");
    setFailure(null);
    const found = templateErrors(
      {
        name: text("name"),
        caisseId: text("caisseId"),
        subject: text("subject"),
        body: text("body"),
      },
      { creating: template === null, national },
    );
    setErrors(found);
    const wrong = firstWrongField(TEMPLATE_FIELDS, found);
    if (wrong) return focusField(FORM_ID, wrong);
    try {
      if (template) {
        const input = { name: text("name"), subject: text("subject"), body: text("body") };
        await update({ variables: { id: template.id, input } });
        onDone(m.saved);
      } else {
        const kind = text("kind") === "CONTACT" ? "CONTACT" : "REJECTION";
        const caisseId = text("caisseId") || null;
        const input = {
          name: text("name"),
          kind,
          caisseId,
          subject: text("subject"),
          body: text("body"),
        } as const;
        await create({ variables: { input } });
        element.reset();
        onDone(m.created);
      }
    } catch (error) {
      // A duplicate name, an unknown placeholder…: on its field, as the page's own checks.
      const fromApi = apiFieldErrors(error, TEMPLATE_FIELDS);
      const field = firstWrongField(TEMPLATE_FIELDS, fromApi);
      if (field) {
        setErrors(fromApi);
        return focusField(FORM_ID, field);
      }
      setFailure(failureText(apiFailure(error)));
    }
  };

  const title = template ? m.editTitle(template.name) : m.newTitle;
  return (
    <form
      id={FORM_ID}
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-labelledby="modele-formulaire-titre"
      className={fr.cx("fr-mt-4w")}
    >
      <h2 id="modele-formulaire-titre" tabIndex={-1}>
        {title}
      </h2>
      <LiveAlert message={failure === null ? null : { severity: "error", text: failure }} />
      <Input
        label={m.name}
        {...fieldState(errors.name)}
        nativeInputProps={{
          name: "name",
          required: true,
          defaultValue: template?.name,
          onChange: () => clear("name"),
        }}
      />
      {!template && (
        <>
          <Select label={m.kindLabel} nativeSelectProps={{ name: "kind", required: true }}>
            <option value="REJECTION">{m.kind.REJECTION}</option>
            <option value="CONTACT">{m.kind.CONTACT}</option>
          </Select>
          <Select
            label={m.caisse}
            {...fieldState(errors.caisseId)}
            nativeSelectProps={{
              name: "caisseId",
              required: !national,
              onChange: () => clear("caisseId"),
            }}
          >
            {national && <option value="">{m.national}</option>}
            {agent.caisses.map((caisse) => (
              <option key={caisse.id} value={caisse.id}>
                {caisse.number} — {caisse.name}
              </option>
            ))}
          </Select>
        </>
      )}
      <Input
        label={m.subject}
        hintText={m.placeholdersHint([...placeholders])}
        {...fieldState(errors.subject)}
        nativeInputProps={{
          name: "subject",
          required: true,
          defaultValue: template?.subject,
          onChange: () => clear("subject"),
        }}
      />
      <Input
        label={m.body}
        textArea
        {...fieldState(errors.body)}
        nativeTextAreaProps={{
          name: "body",
          required: true,
          rows: 8,
          defaultValue: template?.body,
          onChange: () => clear("body"),
        }}
      />
      <Button type="submit" disabled={creating.loading || updating.loading}>
        {template ? m.save : m.create}
      </Button>
    </form>
  );
}
