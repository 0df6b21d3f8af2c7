"use client";

import { useRouter } from "next/navigation";
import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { fr } from "@codegouvfr/react-dsfr";
import { LogOutDocument, MeDocument } from "./session.documents";
import { sessionMessages as m } from "./session.messages";

/** Header button: closes the server session, forgets every cached answer, back to sign-in. */
export function SignOutButton() {
  const router = useRouter();
  const client = useApolloClient();
  const { data } = useQuery(MeDocument);
  const [logOut, { loading }] = useMutation(LogOutDocument);
  const me = data?.me;
  if (!me) return null;

  const signOut = async () => {
    // Whatever the API answers, this browser must not keep showing the agent's data.
    await logOut().catch(() => undefined);
    await client.clearStore();
    router.replace("/connexion");
  };
  return (
    <button
      type="button"
      className={fr.cx("fr-btn", "fr-icon-logout-box-r-line")}
      disabled={loading}
      onClick={() => void signOut()}
    >
      {m.signOut}
    </button>
  );
}
