"use client";

import Link from "next/link";
import {
  DsfrProviderBase,
  StartDsfrOnHydration,
  type DsfrProviderProps,
} from "@codegouvfr/react-dsfr/next-app-router";

// Lets every DSFR component render its links with next/link (client-side navigation).
declare module "@codegouvfr/react-dsfr/next-app-router" {
  interface RegisterLink {
    Link: typeof Link;
  }
}

export function DsfrProvider(props: DsfrProviderProps) {
  return <DsfrProviderBase defaultColorScheme="light" Link={Link} {...props} />;
}

export { StartDsfrOnHydration };
