import { patientMessages } from "./messages";

export type NameResult = { ok: true; name: string } | { ok: false; message: string };

const MAX_LENGTH = 70;

// Letters of any script (with their combining marks), spaces, ASCII apostrophes and hyphens.
const ALLOWED = /^[\p{L}\p{M}' -]+$/u;

/** Typographic apostrophes and dashes folded to ASCII (phones insert ’ and – on their own). */
function foldPunctuation(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02BC\u00B4\u0060]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, "-");
}

/**
 * Normalises a first or last name before storage: Unicode NFC, typographic apostrophes and
 * dashes folded to ASCII, inner spaces collapsed.
 */
export function normaliseName(raw: string): NameResult {
  const name = foldPunctuation(raw.normalize("NFC")).replace(/\s+/g, " ").trim();
  if (name.length === 0) return { ok: false, message: patientMessages.nameEmpty };
  if (name.length > MAX_LENGTH) return { ok: false, message: patientMessages.nameTooLong };
  if (!ALLOWED.test(name)) return { ok: false, message: patientMessages.nameCharacters };
  return { ok: true, name };
}

/**
 * The matching key of a first name: case, accents, apostrophes, hyphens and spaces ignored,
 * so that "Zoé", "ZOE" and "zoe" are the same patient (SPEC 4.1), while twins keep
 * different keys.
 */
export function nameKey(name: string): string {
  // Folded first: an agent searching "D’Artagnan" types what the claim page shows.
  return (
    foldPunctuation(name)
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      // Recomposed: a Hangul syllable decomposes into letters, not marks, and its key must not
      // grow longer than the name (the columns hold 70).
      .normalize("NFC")
      .toLocaleLowerCase("fr")
      .replace(/['\- ]/g, "")
  );
}
