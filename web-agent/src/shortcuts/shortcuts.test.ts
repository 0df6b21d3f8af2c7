import { isTypingTarget, shortcutAction, type ShortcutKeyEvent } from "./shortcuts";

const bindings = { n: "next", p: "take", v: "validate" } as const;

function press(key: string, extra: Partial<ShortcutKeyEvent> = {}): ShortcutKeyEvent {
  return {
    key,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    target: { tagName: "BODY" },
    ...extra,
  };
}

test("maps a bare letter to its action, whatever its case", () => {
  expect(shortcutAction(press("v"), bindings)).toBe("validate");
  expect(shortcutAction(press("N"), bindings)).toBe("next");
  expect(shortcutAction(press("x"), bindings)).toBeNull();
});

test("leaves browser shortcuts alone", () => {
  expect(shortcutAction(press("p", { ctrlKey: true }), bindings)).toBeNull();
  expect(shortcutAction(press("v", { metaKey: true }), bindings)).toBeNull();
  expect(shortcutAction(press("n", { altKey: true }), bindings)).toBeNull();
});

test("stays silent while the agent types in a field", () => {
  for (const target of [
    { tagName: "INPUT", type: "text" },
    { tagName: "INPUT", type: "search" },
    { tagName: "TEXTAREA" },
    { tagName: "SELECT" },
    { tagName: "DIV", isContentEditable: true },
  ]) {
    expect(shortcutAction(press("v", { target }), bindings)).toBeNull();
  }
});

test("still works from a focused checkbox or button", () => {
  expect(isTypingTarget({ tagName: "INPUT", type: "checkbox" })).toBe(false);
  expect(shortcutAction(press("p", { target: { tagName: "BUTTON" } }), bindings)).toBe("take");
  expect(isTypingTarget(null)).toBe(false);
});

test("stays silent while a dialog is open, even from one of its buttons", () => {
  expect(shortcutAction(press("v", { target: { tagName: "BUTTON" } }), bindings, true)).toBeNull();
  expect(shortcutAction(press("n"), bindings, true)).toBeNull();
  expect(shortcutAction(press("n"), bindings, false)).toBe("next");
});
