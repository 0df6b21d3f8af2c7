"use client";

import { useState, type FormEvent } from "react";
import { useMutation } from "@apollo/client/react";
import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { apiFailure, failureText } from "@/errors/api-errors";
import { fieldState, focusField } from "@/errors/field-errors";
import { LiveAlert } from "@/layout/LiveAlert";
import { emailErrors } from "./connexion-form";
import { RequestPasswordResetDocument } from "./connexion.documents";
import { connexionMessages as m } from "./connexion.messages";

const FORM_ID = "mot-de-passe-oublie-formulaire";

/** Asks for a set-password link; the answer is the same whether the account exists or not. */
export function ForgottenPasswordForm() {
  const [state, setState] = useState<"idle" | "sent" | { failure: string }>("idle");
  const [request, { loading }] = useMutation(RequestPasswordResetDocument);
  const [error, setError] = useState<string | undefined>(undefined);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email") ?? "");
    const found = emailErrors(email).email;
    setError(found);
    if (found) return focusField(FORM_ID, "email");
    try {
      await request({ variables: { email: email.trim() } });
      setState("sent");
    } catch (error) {
      setState({ failure: failureText(apiFailure(error)) });
    }
  };

  return (
    <>
      <LiveAlert
        message={
          state === "sent"
            ? { severity: "success", title: m.forgottenSentTitle, text: m.forgottenSent }
            : typeof state === "object"
              ? { severity: "error", text: state.failure }
              : null
        }
      />
      {state !== "sent" && (
        <form
          id={FORM_ID}
          noValidate
          onSubmit={(event) => void submit(event)}
          className={fr.cx("fr-mt-2w")}
        >
          <Input
            label={m.email}
            hintText={m.emailHint}
            {...fieldState(error)}
            nativeInputProps={{
              name: "email",
              type: "email",
              autoComplete: "username",
              required: true,
              onChange: () => setError(undefined),
            }}
          />
          <Button type="submit" disabled={loading}>
            {m.forgottenSubmit}
          </Button>
        </form>
      )}
      <p className={fr.cx("fr-mt-3w")}>
        <a
          href="/connexion"
          className={fr.cx("fr-link", "fr-icon-arrow-left-line", "fr-link--icon-left")}
        >
          {m.backToSignIn}
        </a>
      </p>
    </>
  );
}
