export { createErrorLink } from "./error-link";
