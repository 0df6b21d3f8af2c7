/** E-mail and phone rules of SPEC 4.2. */

import { isEmailAddress } from "../shared/email-address";

export function normaliseEmail(raw: string): string | null {
  const email = raw.trim();
  // Deliverability is proven by the acknowledgement e-mail, not by a rule.
  if (!isEmailAddress(email)) return null;
  return email;
}

// Overseas départements and collectivités have their own country codes.
const OVERSEAS_CODES = ["262", "269", "508", "590", "594", "596", "681", "687", "689"];

/**
 * A French phone number as typed ("06 12 34 56 78", "+33 6 12…", "0033…"), returned in
 * international form ("+33612345678"), or null.
 */
export function normalisePhone(raw: string): string | null {
  const compact = raw.replace(/[\s.\-()]/g, "");
  const national = /^0([1-9]\d{8})$/.exec(compact);
  if (national) return `+33${national[1]}`;
  const international = /^(?:\+|00)(33|\d{3})([1-9]\d{8})$/.exec(compact);
  if (!international) return null;
  const [, country, rest] = international;
  if (country === "33" || OVERSEAS_CODES.includes(country ?? "")) return `+${country}${rest}`;
  return null;
}
