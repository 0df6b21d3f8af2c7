import { startPlatform, type RunningPlatform } from "./platform";

declare global {
  var __MRS_PLATFORM__: RunningPlatform | undefined;
}

/** One platform for the whole browser run; tests read its URLs from the environment. */
export default async function globalSetup(): Promise<void> {
  const platform = await startPlatform();
  globalThis.__MRS_PLATFORM__ = platform;
  process.env.MRS_PATIENT_URL = platform.patientUrl;
  process.env.MRS_AGENT_URL = platform.agentUrl;
  process.env.MRS_API_URL = platform.apiUrl;
  process.env.MRS_OUTBOX_DIR = platform.outboxDir;
}
