import type { AgentRole } from "@mrs/schema/agent";
import { characterCount, type FieldErrors } from "@/errors/field-errors";
import { templatesMessages as m } from "./templates.messages";

/** The template form's fields, in their order in the page. */
export const TEMPLATE_FIELDS = ["name", "kind", "caisseId", "subject", "body"] as const;
export type TemplateField = (typeof TEMPLATE_FIELDS)[number];

/** What the template form holds, as typed. */
export interface TemplateDraft {
  name: string;
  caisseId: string;
  subject: string;
  body: string;
}

// The API's limits (api/src/templates/template-text.ts), repeated for comfort.
const MAX: Readonly<Record<"name" | "subject" | "body", number>> = {
  name: 120,
  subject: 200,
  body: 10_000,
};

/**
 * The problems the page can see before asking the API, one French sentence per field. A new
 * template needs a caisse unless a national administrator makes a national one (caisse "").
 * The API checks everything again, and the placeholders and duplicate names too.
 */
export function templateErrors(
  draft: TemplateDraft,
  { creating, national }: { creating: boolean; national: boolean },
): FieldErrors<TemplateField> {
  const errors: FieldErrors<TemplateField> = {};
  for (const field of ["name", "subject", "body"] as const) {
    const count = characterCount(draft[field].trim());
    if (count === 0) errors[field] = m.invalid[field];
    else if (count > MAX[field]) errors[field] = m.invalid.tooLong(MAX[field], count);
  }
  if (creating && !national && draft.caisseId === "") errors.caisseId = m.invalid.caisseId;
  return errors;
}

/**
 * Whether the agent may modify, deactivate or reactivate this template: a national one
 * (no caisse) only by a national administrator, as the API rules (template-access.ts).
 */
export function mayChangeTemplate(
  roles: readonly AgentRole[],
  template: { caisse: unknown },
): boolean {
  return template.caisse !== null || roles.includes("NATIONAL_ADMIN");
}
