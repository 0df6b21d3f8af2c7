export * from "./browser";
export { sentEmails, waitForEmail, type SentEmail } from "./outbox";
export { freePorts, startPlatform, type RunningPlatform } from "./platform";
