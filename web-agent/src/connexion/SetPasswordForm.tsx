"use client";

import { useEffect, useState, type FormEvent } from "react";
import { useMutation } from "@apollo/client/react";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { PasswordInput } from "@codegouvfr/react-dsfr/blocks/PasswordInput";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { apiFailure, failureText } from "@/errors/api-errors";
import { LiveAlert } from "@/layout/LiveAlert";
import { SetPasswordDocument } from "./connexion.documents";
import { connexionMessages as m } from "./connexion.messages";
import { tokenFromFragment } from "./token-fragment";

type Outcome = { kind: "done" } | { kind: "failed"; text: string } | null;

/**
 * The page of the e-mailed link `/mot-de-passe#jeton=…`. The token sits in the fragment, which
 * the browser never sends to a server; it is read here and removed from the address bar.
 */
export function SetPasswordForm() {
  const [token, setToken] = useState<string | null | undefined>(undefined);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [mismatch, setMismatch] = useState(false);
  const [setPassword, { loading }] = useMutation(SetPasswordDocument);

  useEffect(() => {
    setToken(tokenFromFragment(window.location.hash));
    // Keeps the token out of the history and of any screenshot of the address bar.
    window.history.replaceState(null, "", window.location.pathname);
  }, []);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get("password"));
    const different = password !== String(form.get("confirmation"));
    setMismatch(different);
    if (different || !token) return;
    try {
      await setPassword({ variables: { token, password } });
      setOutcome({ kind: "done" });
    } catch (error) {
      setOutcome({ kind: "failed", text: failureText(apiFailure(error)) });
    }
  };

  if (token === undefined) return null;
  if (token === null) return <Alert severity="error" small description={m.noToken} />;
  return (
    <>
      <LiveAlert
        message={
          outcome?.kind === "done"
            ? { severity: "success", title: m.setDoneTitle, text: m.setDone }
            : outcome?.kind === "failed"
              ? { severity: "error", title: m.setFailureTitle, text: outcome.text }
              : null
        }
      />
      {outcome?.kind !== "done" && (
        <form onSubmit={(event) => void submit(event)} className={fr.cx("fr-mt-2w")}>
          <PasswordInput
            label={m.newPassword}
            hintText={m.newPasswordHint}
            messagesHint=""
            nativeInputProps={{
              name: "password",
              autoComplete: "new-password",
              required: true,
              minLength: 12,
            }}
          />
          <PasswordInput
            label={m.confirmPassword}
            messagesHint=""
            messages={mismatch ? [{ severity: "error", message: m.mismatch }] : []}
            nativeInputProps={{
              name: "confirmation",
              autoComplete: "new-password",
              required: true,
            }}
          />
          <Button type="submit" className={fr.cx("fr-mt-2w")} disabled={loading}>
            {m.setSubmit}
          </Button>
        </form>
      )}
      <p className={fr.cx("fr-mt-3w")}>
        <a href="/connexion" className={fr.cx("fr-link")}>
          {m.backToSignIn}
        </a>
      </p>
    </>
  );
}
