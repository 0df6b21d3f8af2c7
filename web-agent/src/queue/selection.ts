import { bulkMessages as m } from "./bulk.messages";

/** The claims ticked on the queue page, by id. Only claims of the page shown count. */
export type Selection = ReadonlySet<string>;

export const NOTHING_SELECTED: Selection = new Set();

export function toggled(selection: Selection, id: string): Selection {
  const next = new Set(selection);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}

/** "Tout sélectionner sur la page": ticks every claim of the page, or unticks them all. */
export function toggledPage(selection: Selection, pageIds: readonly string[]): Selection {
  return isWholePage(selection, pageIds) ? NOTHING_SELECTED : new Set(pageIds);
}

export function isWholePage(selection: Selection, pageIds: readonly string[]): boolean {
  return pageIds.length > 0 && pageIds.every((id) => selection.has(id));
}

/** The selected claims of the page, in the page's order, with the version the agent read. */
export function selectedOf<Claim extends { id: string; version: number }>(
  selection: Selection,
  page: readonly Claim[],
): Claim[] {
  return page.filter((claim) => selection.has(claim.id));
}

export interface BulkOutcome {
  id: string;
  ok: boolean;
  message: string | null;
}

/** One line per claim of a bulk validation, in the order sent, and a sum-up first. */
export function bulkReport(
  outcomes: readonly BulkOutcome[],
  numbers: ReadonlyMap<string, string>,
): { summary: string; lines: { id: string; ok: boolean; text: string }[] } {
  const validated = outcomes.filter((outcome) => outcome.ok).length;
  const lines = outcomes.map(({ id, ok, message }) => {
    const number = numbers.get(id) ?? id;
    return { id, ok, text: ok ? m.validatedLine(number) : m.refusedLine(number, message) };
  });
  return { summary: m.summary(validated, outcomes.length - validated), lines };
}
