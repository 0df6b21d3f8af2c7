export { createErrorLink, type ErrorLinkOptions } from "./error-link";
