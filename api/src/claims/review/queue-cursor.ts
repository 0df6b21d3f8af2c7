import { isUuid } from "../../shared/uuid";

/** A position in the queue: the (submitted_at, id) pair of the last claim of a page. */
export interface QueuePosition {
  submittedAt: Date;
  id: string;
}

/** Opaque to clients (base64url of a small JSON array); never a page number or an offset. */
export function encodeCursor(position: QueuePosition): string {
  return Buffer.from(JSON.stringify([position.submittedAt.toISOString(), position.id])).toString(
    "base64url",
  );
}

/** The position a cursor encodes, or null when it was not made by `encodeCursor`. */
export function decodeCursor(cursor: string): QueuePosition | null {
  if (cursor.length > 200) return null;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (!Array.isArray(value) || value.length !== 2) return null;
  const [at, id]: unknown[] = value;
  if (typeof at !== "string" || typeof id !== "string" || !isUuid(id)) return null;
  const submittedAt = new Date(at);
  if (Number.isNaN(submittedAt.getTime()) || submittedAt.toISOString() !== at) return null;
  return { submittedAt, id };
}
