import { checkMessages } from "./checks.messages";

export type AmountResult = { ok: true; cents: number } | { ok: false; message: string };

/** SPEC 4.2: at most 9 999,99 € per field. */
export const MAX_AMOUNT_CENTS = 999_999;

// Euros, then an optional decimal part of one or two digits after a comma or a dot.
const AMOUNT = /^(\d{1,7})(?:[.,](\d{1,2}))?$/;

/**
 * Reads an amount as a French patient types it: `21,3`, `21.30`, `1 234,50 €`. Money never
 * goes through a float: the digits are turned into integer cents. An empty field is 0.
 */
export function parseAmount(raw: string): AmountResult {
  const compact = raw.replace(/[\s\u00a0\u202f]/g, "").replace(/€$/, "");
  if (compact === "") return { ok: true, cents: 0 };
  const match = AMOUNT.exec(compact);
  if (!match) return { ok: false, message: checkMessages.amountFormat };
  const euros = Number(match[1]);
  const fraction = (match[2] ?? "").padEnd(2, "0");
  const cents = euros * 100 + Number(fraction);
  if (cents > MAX_AMOUNT_CENTS) return { ok: false, message: checkMessages.amountTooLarge };
  return { ok: true, cents };
}

/** `5440` → `54,40 €` (non-breaking spaces, as French typography wants). */
export function formatCents(cents: number): string {
  const euros = Math.trunc(cents / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0");
  const rest = (cents % 100).toString().padStart(2, "0");
  return `${euros},${rest}\u00a0€`;
}
