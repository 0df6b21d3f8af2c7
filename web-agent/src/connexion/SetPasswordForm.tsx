"use client";

import { useEffect, useState, type FormEvent } from "react";
import { useMutation } from "@apollo/client/react";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { PasswordInput } from "@codegouvfr/react-dsfr/blocks/PasswordInput";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { apiFailure, failureText } from "@/errors/api-errors";
import {
  firstWrongField,
  focusField,
  passwordMessages,
  type FieldErrors,
} from "@/errors/field-errors";
import { LiveAlert } from "@/layout/LiveAlert";
import { SET_PASSWORD_FIELDS, setPasswordErrors, type SetPasswordField } from "./connexion-form";
import { SetPasswordDocument } from "./connexion.documents";
import { connexionMessages as m } from "./connexion.messages";
import { tokenFromFragment } from "./token-fragment";

const FORM_ID = "mot-de-passe-formulaire";

type Outcome = { kind: "done" } | { kind: "failed"; text: string } | null;

/**
 * The page of the e-mailed link `/mot-de-passe#jeton=…`. The token sits in the fragment, which
 * the browser never sends to a server; it is read here and removed from the address bar.
 */
export function SetPasswordForm() {
  const [token, setToken] = useState<string | null | undefined>(undefined);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [errors, setErrors] = useState<FieldErrors<SetPasswordField>>({});
  const [setPassword, { loading }] = useMutation(SetPasswordDocument);

  useEffect(() => {
    setToken(tokenFromFragment(window.location.hash));
    // Keeps the token out of the history and of any screenshot of the address bar.
    window.history.replaceState(null, "", window.location.pathname);
  }, []);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get("password") ?? "");
    const found = setPasswordErrors(password, String(form.get("confirmation") ?? ""));
    setErrors(found);
    const wrong = firstWrongField(SET_PASSWORD_FIELDS, found);
    if (wrong) return focusField(FORM_ID, wrong);
    if (!token) return;
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
        <form
          id={FORM_ID}
          noValidate
          onSubmit={(event) => void submit(event)}
          className={fr.cx("fr-mt-2w")}
        >
          <PasswordInput
            label={m.newPassword}
            hintText={m.newPasswordHint}
            messagesHint=""
            messages={passwordMessages(errors.password)}
            nativeInputProps={{
              name: "password",
              autoComplete: "new-password",
              required: true,
              onChange: () => setErrors((previous) => ({ ...previous, password: undefined })),
            }}
          />
          <PasswordInput
            label={m.confirmPassword}
            messagesHint=""
            messages={passwordMessages(errors.confirmation)}
            nativeInputProps={{
              name: "confirmation",
              autoComplete: "new-password",
              required: true,
              onChange: () => setErrors((previous) => ({ ...previous, confirmation: undefined })),
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
