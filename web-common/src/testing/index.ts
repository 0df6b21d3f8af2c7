export * from "./browser";
export * from "./outbox";
export { freePorts, startPlatform, type RunningPlatform } from "./platform";
