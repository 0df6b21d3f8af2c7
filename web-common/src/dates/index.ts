export { todayInParis } from "./paris-date";
