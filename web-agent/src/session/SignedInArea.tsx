"use client";

import { useEffect, useMemo, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useQuery } from "@apollo/client/react";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { apiFailure, failureText } from "@/errors/api-errors";
import { MeDocument } from "./session.documents";
import { signInPath } from "./return-path";
import { abilitiesOf } from "./roles";
import { SignedInAgentContext, type SignedInAgent } from "./signed-in-agent";
import { sessionMessages as m } from "./session.messages";

export type SignedInAreaProps = { children: ReactNode };

/**
 * Shows its pages to signed-in agents only and sends the others to sign-in. This is comfort,
 * not security: the API refuses every operation to a caller without a valid session.
 */
export function SignedInArea({ children }: SignedInAreaProps) {
  const router = useRouter();
  const { data, loading, error } = useQuery(MeDocument);
  const me = data?.me;
  const signedOut = !loading && !error && me === null;

  useEffect(() => {
    const { pathname, search } = window.location;
    if (signedOut) router.replace(signInPath(`${pathname}${search}`));
  }, [signedOut, router]);

  const agent = useMemo<SignedInAgent | null>(
    () => (me ? { ...me, abilities: abilitiesOf(me.roles) } : null),
    [me],
  );
  if (error) {
    return <Alert severity="error" small description={failureText(apiFailure(error))} />;
  }
  if (agent === null) {
    return (
      <p role="status" className="fr-text--sm">
        {m.checking}
      </p>
    );
  }
  return <SignedInAgentContext.Provider value={agent}>{children}</SignedInAgentContext.Provider>;
}
