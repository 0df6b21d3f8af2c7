import type { IncomingMessage } from "node:http";

/** The credential of an "Authorization: Bearer <token>" header, or undefined. */
export function bearerTokenOf(req: IncomingMessage): string | undefined {
  const match = /^Bearer\s+([A-Za-z0-9._~+/=-]{1,512})\s*$/i.exec(req.headers.authorization ?? "");
  return match?.[1];
}
