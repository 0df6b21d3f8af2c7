const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * True for a UUID. Ids from callers are checked before any query: PostgreSQL rejects a
 * malformed uuid with an error, and such an id simply designates nothing (NOT_FOUND).
 */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
