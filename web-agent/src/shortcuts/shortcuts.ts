/** The part of a keyboard event the shortcut rules read (a plain object in tests). */
export interface ShortcutKeyEvent {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: unknown;
}

// Input types in which a letter key moves nothing and types nothing.
const NON_TEXT_INPUTS = ["checkbox", "radio", "button", "submit", "reset", "file", "image"];

/** True when the key goes to a field the agent is typing in: shortcuts must stay silent. */
export function isTypingTarget(target: unknown): boolean {
  if (typeof target !== "object" || target === null) return false;
  if ("isContentEditable" in target && target.isContentEditable === true) return true;
  const tag = "tagName" in target && typeof target.tagName === "string" ? target.tagName : "";
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  if (tag !== "INPUT") return false;
  const type = "type" in target && typeof target.type === "string" ? target.type : "text";
  return !NON_TEXT_INPUTS.includes(type.toLowerCase());
}

/**
 * The action bound to a key press, or null. Single letters only, without Ctrl, Cmd or Alt,
 * so that browser and screen-reader shortcuts keep working (WCAG 2.1.4: they can be turned
 * off by focusing a field, and they are listed on the page). None while a dialog is open:
 * there, keys belong to the dialog's fields and buttons, even when its focus is on a button.
 */
export function shortcutAction<Action extends string>(
  event: ShortcutKeyEvent,
  bindings: Readonly<Record<string, Action>>,
  dialogOpen = false,
): Action | null {
  if (dialogOpen) return null;
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (isTypingTarget(event.target)) return null;
  return bindings[event.key.toLowerCase()] ?? null;
}
