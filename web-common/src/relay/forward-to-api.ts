import { apiUrl } from "./api-url";

// What the browser may tell the API. Anything else (host, origin…) stays here.
const FORWARDED_REQUEST_HEADERS = [
  "accept",
  "content-type",
  "cookie",
  "authorization",
  "apollo-require-preflight",
  "x-request-id",
  // The visitor's address, as Next.js records it (or as the reverse proxy in front set it):
  // without it every visitor would share this server's address in the API's rate limits.
  "x-forwarded-for",
];

// What the API may tell the browser. Length and encoding are left out: fetch has already
// decoded the body, so the upstream values would be wrong.
const FORWARDED_RESPONSE_HEADERS = [
  "content-type",
  "content-disposition",
  "cache-control",
  "location",
  "retry-after",
  "x-request-id",
  // Served documents must not be sniffed into HTML by the browser.
  "x-content-type-options",
];

const UNAVAILABLE_MESSAGE =
  "Le service est momentanément indisponible. Réessayez dans quelques instants.";

/**
 * Relays one browser request to the API, so that the browser only ever talks to this site's
 * own origin (one cookie scope, no CORS). The body is streamed both ways: uploads are not
 * buffered here.
 */
export async function forwardToApi(request: Request, path: string): Promise<Response> {
  const target = `${apiUrl()}${path}${new URL(request.url).search}`;
  const headers = new Headers();
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = request.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  // `duplex` is required by Node's fetch to send a stream, but is missing from the DOM typings.
  const init: RequestInit & { duplex: "half" } = {
    method: request.method,
    headers,
    body: hasBody ? request.body : null,
    duplex: "half",
    redirect: "manual",
    cache: "no-store",
    signal: request.signal,
  };

  let upstream: Response;
  try {
    upstream = await fetch(target, init);
  } catch (error) {
    // A visitor who leaves the page aborts the relay: nothing is wrong with the API then.
    if (!request.signal.aborted) console.error("API unreachable", { path, reason: reason(error) });
    return Response.json(
      { code: "INTERNAL_SERVER_ERROR", message: UNAVAILABLE_MESSAGE },
      { status: 502 },
    );
  }

  const responseHeaders = new Headers();
  for (const name of FORWARDED_RESPONSE_HEADERS) {
    const value = upstream.headers.get(name);
    if (value !== null) responseHeaders.set(name, value);
  }
  for (const cookie of upstream.headers.getSetCookie()) {
    responseHeaders.append("set-cookie", cookie);
  }
  return new Response(upstream.body, {
    status: upstream.status,
    statusText: upstream.statusText,
    headers: responseHeaders,
  });
}

/** The system error code (ECONNREFUSED…) behind fetch's generic "fetch failed". */
function reason(error: unknown): string {
  if (!(error instanceof Error)) return "unknown";
  const cause = error.cause;
  return cause instanceof Error && "code" in cause ? String(cause.code) : error.name;
}
