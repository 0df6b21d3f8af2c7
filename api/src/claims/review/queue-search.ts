import { normaliseEmail } from "../../patients/contact";
import { nameKey } from "../../patients/person-name";

/** What an agent typed in the queue's search box, recognised by its shape. */
export type QueueSearch =
  | { kind: "number"; number: string }
  | { kind: "nir"; nir: string; key: string | null }
  | { kind: "email"; email: string }
  | { kind: "lastName"; prefix: string };

const NIR_13 = /^[12]\d{4}(?:\d{2}|2[AB])\d{6}$/;

/**
 * 12 digits: a claim number. 13 or 15 characters shaped like a NIR (spaces ignored): a NIR,
 * with or without its key. An "@": an e-mail address. Anything else: the beginning of a last
 * name, case, accents, apostrophes and hyphens ignored. Null when nothing can be searched.
 */
export function parseQueueSearch(raw: string): QueueSearch | null {
  const text = raw.trim();
  if (text.length === 0 || text.length > 254) return null;
  if (/^\d{12}$/.test(text)) return { kind: "number", number: text };
  const compact = text.replace(/\s+/g, "").toUpperCase();
  if (compact.length === 13 && NIR_13.test(compact))
    return { kind: "nir", nir: compact, key: null };
  if (
    compact.length === 15 &&
    NIR_13.test(compact.slice(0, 13)) &&
    /^\d{2}$/.test(compact.slice(13))
  ) {
    return { kind: "nir", nir: compact.slice(0, 13), key: compact.slice(13) };
  }
  if (text.includes("@")) {
    const email = normaliseEmail(text);
    return email === null ? null : { kind: "email", email };
  }
  const prefix = nameKey(text);
  // Only letters are left by nameKey for a real name; anything else could be a LIKE pattern.
  if (prefix.length === 0 || !/^\p{L}+$/u.test(prefix)) return null;
  return { kind: "lastName", prefix };
}
