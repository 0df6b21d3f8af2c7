import { ServerError } from "@apollo/client/errors";
import { apiFailure, failureText } from "@/errors/api-errors";
import { paymentsMessages as m } from "./payments.messages";

/**
 * Why a whole file was refused. The API explains its own refusals in French (empty file, not
 * a CSV, wrong header…); a request over its size limit never reaches GraphQL and comes back
 * as a bare HTTP 413.
 */
export function importFailureText(error: unknown): string {
  if (ServerError.is(error) && error.statusCode === 413) return m.import.tooLarge;
  return failureText(apiFailure(error));
}
