"use client";

import { useCallback, useEffect, useState } from "react";
import { clearSavedForm, loadSavedForm, saveForm, type SavedClaimForm } from "./draft-storage";
import { emptyValues } from "./form-values";

function freshForm(): SavedClaimForm {
  return {
    version: 1,
    step: 1,
    values: emptyValues(),
    draft: null,
    documents: [],
    confirmation: null,
  };
}

/**
 * The whole form state, restored from sessionStorage after hydration and saved on every
 * change. `loaded` stays false on the server and until the restore, so nothing is rendered
 * that a reload would then contradict.
 */
export function useSavedForm() {
  const [form, setForm] = useState<SavedClaimForm>(freshForm);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    const saved = loadSavedForm();
    // sessionStorage only exists in the browser: restore after hydration.
    if (saved) setForm(saved);
    setLoaded(true);
  }, []);

  useEffect(() => {
    if (loaded) saveForm(form);
  }, [form, loaded]);

  const update = useCallback(
    (change: (form: SavedClaimForm) => SavedClaimForm) => setForm((current) => change(current)),
    [],
  );
  const reset = useCallback(() => {
    clearSavedForm();
    setForm(freshForm());
  }, []);

  return { form, loaded, update, reset };
}
