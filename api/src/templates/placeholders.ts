/**
 * The `{{name}}` marks a message template may contain, filled when a message is sent.
 * Templates are checked when saved, so an agent never sends a message with a mark left in it.
 */
export const PLACEHOLDERS = [
  "claimNumber",
  "patientFirstName",
  "patientLastName",
  "caisseName",
  /** Submission date, dd/mm/yyyy. */
  "submittedOn",
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type PlaceholderValues = Readonly<Record<Placeholder, string>>;

// `{{ name }}`: spaces inside the braces are tolerated, nested braces are not.
const MARK = /\{\{\s*([^{}]*?)\s*\}\}/g;

export function isPlaceholder(name: string): name is Placeholder {
  return (PLACEHOLDERS as readonly string[]).includes(name);
}

export type TemplateTextProblem =
  { kind: "unknown-placeholders"; names: string[] } | { kind: "unbalanced-braces" };

/** What is wrong with a template text, or null when it can be saved. */
export function templateTextProblem(text: string): TemplateTextProblem | null {
  const names = [...text.matchAll(MARK)].map((match) => match[1] ?? "");
  const unknown = [...new Set(names.filter((name) => !isPlaceholder(name)))];
  if (unknown.length > 0) return { kind: "unknown-placeholders", names: unknown };
  const rest = text.replace(MARK, "");
  if (rest.includes("{{") || rest.includes("}}")) return { kind: "unbalanced-braces" };
  return null;
}

/**
 * Replaces every mark with its value. The values are inserted as they are (plain-text
 * e-mails); a mark that is not a placeholder is a bug, since texts are checked when saved.
 */
export function fillTemplate(text: string, values: PlaceholderValues): string {
  return text.replace(MARK, (_mark, name: string) => {
    if (!isPlaceholder(name)) throw new Error(`unknown template placeholder: ${name}`);
    return values[name];
  });
}
