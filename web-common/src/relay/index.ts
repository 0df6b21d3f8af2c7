export { apiUrl } from "./api-url";
export { forwardToApi } from "./forward-to-api";
