"use client";

import { useEffect, useRef } from "react";
import { shortcutAction } from "./shortcuts";

// A DSFR modal being shown, or any native dialog left open.
const OPEN_DIALOG = ".fr-modal--opened, dialog[open]";

function isDialogOpen(): boolean {
  return document.querySelector(OPEN_DIALOG) !== null;
}

/**
 * Listens to single-letter shortcuts on the whole page while it is shown, except while the
 * agent types in a field or a dialog is open (see shortcutAction).
 */
export function useShortcuts<Action extends string>(
  bindings: Readonly<Record<string, Action>>,
  onAction: (action: Action) => void,
): void {
  // The latest handler, without re-binding the listener on every render.
  const handler = useRef(onAction);
  useEffect(() => {
    handler.current = onAction;
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const action = shortcutAction(event, bindings, isDialogOpen());
      if (action === null) return;
      event.preventDefault();
      handler.current(action);
    };
    document.addEventListener("keydown", listener);
    return () => document.removeEventListener("keydown", listener);
  }, [bindings]);
}
