// Where sign-in sends the agent back to: the page they were on when their session ended.
// Only a path of this site is honoured, so that a link to the sign-in page can never send an
// agent who signs in to another site (an open redirect).

const SIGN_IN = "/connexion";
const RETURN_PARAMETER = "retour";
// Pages open to everyone: an UNAUTHENTICATED answer there is about the form, not a session.
const PUBLIC_PAGES = [SIGN_IN, "/mot-de-passe", "/mot-de-passe-oublie", "/accessibilite"];
const BASE = "http://portail.invalid";

/** The same-origin path to go back to, or null for anything else (other site, sign-in itself). */
export function safeReturnPath(value: string | null | undefined): string | null {
  if (!value || !value.startsWith("/") || value.startsWith("//")) return null;
  // Browsers read "\" as "/" and drop tabs and newlines: "/\evil.example" leaves the site.
  if ([...value].some(isUnsafeCharacter)) return null;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE || isPublicPage(url.pathname)) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page, told where to come back to when that is a page of the signed-in area. */
export function signInPath(returnTo: string): string {
  const back = safeReturnPath(returnTo);
  return back === null || back === "/"
    ? SIGN_IN
    : `${SIGN_IN}?${new URLSearchParams({ [RETURN_PARAMETER]: back })}`;
}

/** Reads `retour` from the sign-in page's query string. */
export function returnPathOf(search: URLSearchParams): string | null {
  return safeReturnPath(search.get(RETURN_PARAMETER));
}

function isUnsafeCharacter(character: string): boolean {
  const code = character.charCodeAt(0);
  return character === "\\" || code < 0x20 || code === 0x7f;
}

export function isPublicPage(pathname: string): boolean {
  return PUBLIC_PAGES.some((page) => pathname === page || pathname.startsWith(`${page}/`));
}
