/** A position in the accounts list: the sort keys of the last account of a page. */
export interface AgentPosition {
  lastNameKey: string;
  firstNameKey: string;
  email: string;
}

/** Opaque to clients (base64url of a small JSON array); never a page number or an offset. */
export function encodeAgentCursor(position: AgentPosition): string {
  const { lastNameKey, firstNameKey, email } = position;
  return Buffer.from(JSON.stringify([lastNameKey, firstNameKey, email])).toString("base64url");
}

/** The position a cursor encodes, or null when it was not made by `encodeAgentCursor`. */
export function decodeAgentCursor(cursor: string): AgentPosition | null {
  if (cursor.length > 1_000) return null;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (!Array.isArray(value) || value.length !== 3) return null;
  const [lastNameKey, firstNameKey, email]: unknown[] = value;
  if (typeof lastNameKey !== "string" || typeof firstNameKey !== "string") return null;
  if (typeof email !== "string" || email === "") return null;
  return { lastNameKey, firstNameKey, email };
}
