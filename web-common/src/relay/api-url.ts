const DEFAULT_API_URL = "http://127.0.0.1:4000";

/**
 * Base URL of the API as this server reaches it. Read on every call, never at build time:
 * the platform launcher only knows the API's address when it starts `next start`.
 */
export function apiUrl(): string {
  return (process.env.API_URL ?? DEFAULT_API_URL).replace(/\/+$/, "");
}
