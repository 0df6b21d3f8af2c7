"use client";

import { useEffect, useRef } from "react";
import { shortcutAction } from "./shortcuts";

/**
 * Listens to single-letter shortcuts on the whole page while it is shown. Keys are ignored
 * while a dialog is open: there, letters belong to the dialog's fields and buttons.
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
      if (event.defaultPrevented || document.querySelector(".fr-modal--opened")) return;
      const action = shortcutAction(event, bindings);
      if (action === null) return;
      event.preventDefault();
      handler.current(action);
    };
    document.addEventListener("keydown", listener);
    return () => document.removeEventListener("keydown", listener);
  }, [bindings]);
}
