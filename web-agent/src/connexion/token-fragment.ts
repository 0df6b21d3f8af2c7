/** The token of a set-password link's fragment (`#jeton=…`), or null when there is none. */
export function tokenFromFragment(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, "")).get("jeton");
  return token === null || token.trim() === "" ? null : token.trim();
}
