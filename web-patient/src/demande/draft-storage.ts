import type { ClaimFormValues, UploadedDocument } from "./form-values";

/** The draft opened by `startClaimDraft`: its token authorises uploads and submission. */
export interface StoredDraft {
  id: string;
  token: string;
  expiresAt: string;
}

export interface Confirmation {
  number: string;
  /** Same-origin path of the personal link (`/suivi/<id>?jeton=…`). */
  followUpPath: string;
}

/** Everything a reload must bring back. */
export interface SavedClaimForm {
  version: 1;
  step: number;
  values: ClaimFormValues;
  draft: StoredDraft | null;
  documents: UploadedDocument[];
  confirmation: Confirmation | null;
}

// sessionStorage: the form survives a reload but not the closing of the tab, and personal
// data (the NIR included) never goes into the URL or to another tab's owner.
const KEY = "mrs.demande";

function isSaved(value: unknown): value is SavedClaimForm {
  return (
    typeof value === "object" &&
    value !== null &&
    "version" in value &&
    value.version === 1 &&
    "values" in value &&
    typeof value.values === "object" &&
    value.values !== null &&
    "trips" in value.values &&
    Array.isArray(value.values.trips) &&
    "documents" in value &&
    Array.isArray(value.documents) &&
    "step" in value &&
    typeof value.step === "number"
  );
}

export function loadSavedForm(): SavedClaimForm | null {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    const parsed: unknown = raw === null ? null : JSON.parse(raw);
    return isSaved(parsed) ? parsed : null;
  } catch {
    // Storage disabled (private browsing) or corrupted: start afresh.
    return null;
  }
}

export function saveForm(form: SavedClaimForm): void {
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(form));
  } catch {
    // Storage full or disabled: the form still works, it just won't survive a reload.
  }
}

export function clearSavedForm(): void {
  try {
    window.sessionStorage.removeItem(KEY);
  } catch {
    // Nothing to clear.
  }
}
