import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/** A fresh bearer token: 256 random bits, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What the database keeps of a token: its SHA-256, hex. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Constant-time comparison of a presented token with a stored hash. */
export function tokenMatches(token: string, storedHash: string): boolean {
  const presented = Buffer.from(hashToken(token), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}

/** A token derived from a secret and a purpose, recomputable by whoever holds the secret. */
export function deriveToken(secret: string, purpose: string): string {
  return createHmac("sha256", secret).update(purpose, "utf8").digest("base64url");
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else is unknown without asking the database (which would fail). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
