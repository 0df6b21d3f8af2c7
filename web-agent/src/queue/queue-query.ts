import { isClaimStatus, type ClaimStatus } from "@/claim/claim-status";

/**
 * What the queue's address says: filters and the page, so that a filtered queue can be
 * bookmarked, shared and reopened with the back button. The search text is left out on
 * purpose: it may be a NIR or a name, which must not end up in history or access logs.
 */
export interface QueueState {
  statuses: ClaimStatus[];
  caisseIds: string[];
  submittedFrom: string | null;
  submittedTo: string | null;
  onHold: boolean | null;
  hasConflicts: boolean | null;
  /** Cursor of the current page (null: first page). */
  after: string | null;
  /** Cursors of the pages before this one, oldest first, so that "previous" needs no API. */
  previous: string[];
}

export const EMPTY_QUEUE: QueueState = {
  statuses: [],
  caisseIds: [],
  submittedFrom: null,
  submittedTo: null,
  onHold: null,
  hasConflicts: null,
  after: null,
  previous: [],
};

// Short French parameter names: they show in the address bar the agent reads.
const P = {
  status: "statut",
  caisse: "caisse",
  from: "du",
  to: "au",
  onHold: "attente",
  conflicts: "conflits",
  after: "apres",
  previous: "avant",
} as const;

const FIRST_PAGE = "";

function localDate(value: string | null): string | null {
  return value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}

function yesNo(value: string | null): boolean | null {
  if (value === "oui") return true;
  if (value === "non") return false;
  return null;
}

/** Reads the queue's state from its query string; anything malformed is ignored. */
export function parseQueueQuery(params: URLSearchParams): QueueState {
  const after = params.get(P.after);
  return {
    statuses: [...new Set(params.getAll(P.status).filter(isClaimStatus))],
    caisseIds: [...new Set(params.getAll(P.caisse).filter((id) => id !== ""))],
    submittedFrom: localDate(params.get(P.from)),
    submittedTo: localDate(params.get(P.to)),
    onHold: yesNo(params.get(P.onHold)),
    hasConflicts: yesNo(params.get(P.conflicts)),
    after: after === null || after === "" ? null : after,
    // The first page has no cursor; it is kept as an empty entry so "previous" can reach it.
    previous: after === null || after === "" ? [] : params.getAll(P.previous),
  };
}

/** Writes the state as a query string (without "?"), in a stable order. */
export function queueQuery(state: QueueState): string {
  const params = new URLSearchParams();
  for (const status of state.statuses) params.append(P.status, status);
  for (const id of state.caisseIds) params.append(P.caisse, id);
  if (state.submittedFrom) params.set(P.from, state.submittedFrom);
  if (state.submittedTo) params.set(P.to, state.submittedTo);
  if (state.onHold !== null) params.set(P.onHold, state.onHold ? "oui" : "non");
  if (state.hasConflicts !== null) params.set(P.conflicts, state.hasConflicts ? "oui" : "non");
  if (state.after !== null) {
    for (const cursor of state.previous) params.append(P.previous, cursor);
    params.set(P.after, state.after);
  }
  return params.toString();
}

/** New filters start again from the first page. */
export function withFilters(
  state: QueueState,
  filters: Partial<Omit<QueueState, "after" | "previous">>,
): QueueState {
  return { ...state, ...filters, after: null, previous: [] };
}

export function nextPage(state: QueueState, endCursor: string): QueueState {
  return { ...state, previous: [...state.previous, state.after ?? FIRST_PAGE], after: endCursor };
}

export function previousPage(state: QueueState): QueueState {
  const before = state.previous.at(-1);
  if (before === undefined) return state;
  return {
    ...state,
    previous: state.previous.slice(0, -1),
    after: before === FIRST_PAGE ? null : before,
  };
}

export function hasPreviousPage(state: QueueState): boolean {
  return state.after !== null;
}

/** 1-based number of the current page, for the "page n" label. */
export function pageNumber(state: QueueState): number {
  return state.after === null ? 1 : state.previous.length + 1;
}

/** The API's filter for this state and the search text (which never leaves the page). */
export function claimFilterOf(state: QueueState, search: string) {
  return {
    status: state.statuses.length > 0 ? state.statuses : null,
    caisseIds: state.caisseIds.length > 0 ? state.caisseIds : null,
    search: search.trim() === "" ? null : search.trim(),
    submittedFrom: state.submittedFrom,
    submittedTo: state.submittedTo,
    onHold: state.onHold,
    hasConflicts: state.hasConflicts,
  };
}
