"use client";

import { useState, type ReactNode } from "react";
import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";
import { ApolloProvider } from "@apollo/client/react";
import { createErrorLink } from "@mrs/web-common/apollo";
import { isPublicPage, signInPath } from "@/session/return-path";

// Agent screens read session-bound data, so their queries run in the browser only (useQuery
// does not fetch during server rendering) and always through this site's /graphql relay.
function makeClient(): ApolloClient {
  return new ApolloClient({
    cache: new InMemoryCache(),
    link: createErrorLink({ onUnauthenticated: toSignIn }).concat(
      new HttpLink({ uri: "/graphql" }),
    ),
  });
}

/**
 * A session that ended mid-visit: off to sign-in, which brings the agent back here. A full
 * navigation, so that nothing of the previous session stays in memory. On the public pages an
 * UNAUTHENTICATED answer is the form's business (a wrong password), not a lost session.
 */
function toSignIn(): boolean {
  const { pathname, search } = window.location;
  if (isPublicPage(pathname)) return false;
  window.location.assign(signInPath(`${pathname}${search}`));
  return true;
}

export function AgentApolloProvider({ children }: { children: ReactNode }) {
  // One client per mounted tree, never a module singleton: on the server a tree is one
  // request, so nothing cached for one agent can end up in another agent's page.
  const [client] = useState(makeClient);
  return <ApolloProvider client={client}>{children}</ApolloProvider>;
}
