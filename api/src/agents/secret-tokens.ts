import { createHash, randomBytes } from "node:crypto";

/** A random token for a cookie or a link: 256 bits, URL-safe. */
export function newSecretToken(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * What is stored for a token. A plain SHA-256 is enough: the token is random and long, so
 * there is nothing to brute-force, and lookups stay a simple unique-index match.
 */
export function hashSecretToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
