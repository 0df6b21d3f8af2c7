"use client";

import type { ReactNode } from "react";
import { HttpLink } from "@apollo/client";
import {
  ApolloClient,
  ApolloNextAppProvider,
  InMemoryCache,
} from "@apollo/client-integration-nextjs";
import { apiUrl } from "@mrs/web-common/relay";
import { createErrorLink } from "@mrs/web-common/apollo";

// The browser only talks to this site (the /graphql route relays to the API); the server
// rendering of client components has no origin to be relative to, so it calls the API itself.
function graphqlUri(): string {
  return typeof window === "undefined" ? `${apiUrl()}/graphql` : "/graphql";
}

// Called once per server request and once in the browser: never a client shared by visitors.
function makeClient(): ApolloClient {
  return new ApolloClient({
    cache: new InMemoryCache(),
    link: createErrorLink().concat(new HttpLink({ uri: graphqlUri() })),
  });
}

export function ApolloWrapper({ children }: { children: ReactNode }) {
  return <ApolloNextAppProvider makeClient={makeClient}>{children}</ApolloNextAppProvider>;
}
