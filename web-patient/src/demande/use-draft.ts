"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { useMutation } from "@apollo/client/react";
import { StartClaimDraftMutation } from "./claim-operations";
import type { SavedClaimForm, StoredDraft } from "./draft-storage";

// A draft about to expire is replaced before use rather than failing in the middle of an upload.
const EXPIRY_MARGIN_MS = 5 * 60 * 1000;

type Update = (change: (form: SavedClaimForm) => SavedClaimForm) => void;

/**
 * The claim draft (id + bearer token), opened lazily at the first upload or submission. When
 * it expires, a new one is opened: the typed values stay, the old draft's documents are gone
 * with it, and `expired` tells the patient to attach them again.
 */
export function useDraft(current: StoredDraft | null, update: Update) {
  const [startDraft] = useMutation(StartClaimDraftMutation);
  const [expired, setExpired] = useState(false);
  const latest = useRef(current);
  const opening = useRef<Promise<StoredDraft | null> | null>(null);

  useEffect(() => {
    latest.current = current;
  }, [current]);

  const open = useCallback(async (): Promise<StoredDraft | null> => {
    const previous = latest.current;
    try {
      const { data } = await startDraft();
      if (!data) return null;
      const draft = { ...data.startClaimDraft };
      latest.current = draft;
      update((form) => ({ ...form, draft, documents: previous ? [] : form.documents }));
      if (previous) setExpired(true);
      return draft;
    } catch {
      // Reported by the error link; the caller says the service is unavailable.
      return null;
    }
  }, [startDraft, update]);

  const ensureDraft = useCallback(async (): Promise<StoredDraft | null> => {
    const draft = latest.current;
    if (draft && Date.parse(draft.expiresAt) - Date.now() > EXPIRY_MARGIN_MS) return draft;
    // Two files chosen at once share one new draft.
    opening.current ??= open().finally(() => {
      opening.current = null;
    });
    return opening.current;
  }, [open]);

  /** The API refused the token (expired or purged): the next call opens a new draft. */
  const markExpired = useCallback(() => {
    latest.current = null;
    update((form) => ({ ...form, draft: null, documents: [] }));
    setExpired(true);
  }, [update]);

  return { ensureDraft, markExpired, expired, clearExpired: () => setExpired(false) };
}
