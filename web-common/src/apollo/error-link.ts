import { CombinedGraphQLErrors } from "@apollo/client/errors";
import { ErrorLink } from "@apollo/client/link/error";

/**
 * The one place where failed operations are reported, on the server and in the browser.
 * It logs the operation name and error codes only: variables and messages may hold personal
 * data. Pages decide what the person reads.
 */
export function createErrorLink(): ErrorLink {
  return new ErrorLink(({ error, operation }) => {
    const name = operation.operationName ?? "anonymous";
    if (CombinedGraphQLErrors.is(error)) {
      const codes = error.errors.map((e) => String(e.extensions?.code ?? "UNKNOWN"));
      console.warn(`GraphQL operation ${name} failed: ${codes.join(", ")}`);
    } else {
      console.warn(`GraphQL operation ${name} did not reach the API: ${error.name}`);
    }
  });
}
