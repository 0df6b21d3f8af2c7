export { counted, plural } from "./plural";
