import { CombinedGraphQLErrors } from "@apollo/client/errors";
import type { ApolloLink } from "@apollo/client/link";
import { ErrorLink } from "@apollo/client/link/error";
import { Observable } from "rxjs";

export interface ErrorLinkOptions {
  /**
   * Called when the API answers UNAUTHENTICATED: the session ended (expired, closed
   * elsewhere). Return true when the app takes the person away to sign in: the operation
   * then never settles, so no page flashes an error while the browser leaves.
   */
  onUnauthenticated?: (operationName: string) => boolean;
}

/**
 * The one place where failed operations are reported, on the server and in the browser.
 * It logs the operation name and error codes only: variables and messages may hold personal
 * data. Pages decide what the person reads.
 */
export function createErrorLink(options: ErrorLinkOptions = {}): ErrorLink {
  return new ErrorLink(({ error, operation }) => {
    const name = operation.operationName ?? "anonymous";
    if (CombinedGraphQLErrors.is(error)) {
      const codes = error.errors.map((e) => String(e.extensions?.code ?? "UNKNOWN"));
      console.warn(`GraphQL operation ${name} failed: ${codes.join(", ")}`);
      if (codes.includes("UNAUTHENTICATED") && options.onUnauthenticated?.(name)) {
        return new Observable<ApolloLink.Result>(() => undefined);
      }
    } else {
      console.warn(`GraphQL operation ${name} did not reach the API: ${error.name}`);
    }
  });
}
