/** Stops the platform of the run: Next.js servers, API and PostgreSQL, then its data folder. */
export default async function globalTeardown(): Promise<void> {
  await globalThis.__MRS_PLATFORM__?.stop();
}
