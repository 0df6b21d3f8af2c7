"use client";

import { useState, type ReactNode } from "react";
import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";
import { ApolloProvider } from "@apollo/client/react";
import { createErrorLink } from "@mrs/web-common/apollo";

// Agent screens read session-bound data, so their queries run in the browser only (useQuery
// does not fetch during server rendering) and always through this site's /graphql relay.
function makeClient(): ApolloClient {
  return new ApolloClient({
    cache: new InMemoryCache(),
    link: createErrorLink().concat(new HttpLink({ uri: "/graphql" })),
  });
}

export function AgentApolloProvider({ children }: { children: ReactNode }) {
  // One client per mounted tree, never a module singleton: on the server a tree is one
  // request, so nothing cached for one agent can end up in another agent's page.
  const [client] = useState(makeClient);
  return <ApolloProvider client={client}>{children}</ApolloProvider>;
}
