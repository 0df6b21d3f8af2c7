import { HttpLink } from "@apollo/client";
import {
  ApolloClient,
  InMemoryCache,
  registerApolloClient,
} from "@apollo/client-integration-nextjs";
import { apiUrl } from "@mrs/web-common/relay";
import { createErrorLink } from "@mrs/web-common/apollo";

// Server components reach the API directly. registerApolloClient builds one client per
// request, so a cache filled while rendering for one person is never read for another.
export const { getClient, query } = registerApolloClient(
  () =>
    new ApolloClient({
      cache: new InMemoryCache(),
      link: createErrorLink().concat(
        new HttpLink({ uri: `${apiUrl()}/graphql`, fetchOptions: { cache: "no-store" } }),
      ),
    }),
);
