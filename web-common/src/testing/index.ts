export * from "./browser";
export { freePorts, startPlatform, type RunningPlatform } from "./platform";
