// `{{ name }}` marks, as the API reads them: spaces inside the braces are tolerated.
const MARK = /\{\{\s*([^{}]*?)\s*\}\}/g;

/**
 * Fills a template's marks for the e-mail preview. A mark without a value stays as typed, so
 * that the agent sees it before sending (the API refuses unknown marks anyway).
 */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(MARK, (mark, name: string) => values[name] ?? mark);
}
