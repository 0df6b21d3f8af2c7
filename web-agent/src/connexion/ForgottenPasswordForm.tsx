"use client";

import { useState, type FormEvent } from "react";
import { useMutation } from "@apollo/client/react";
import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { apiFailure, failureText } from "@/errors/api-errors";
import { LiveAlert } from "@/layout/LiveAlert";
import { RequestPasswordResetDocument } from "./connexion.documents";
import { connexionMessages as m } from "./connexion.messages";

/** Asks for a set-password link; the answer is the same whether the account exists or not. */
export function ForgottenPasswordForm() {
  const [state, setState] = useState<"idle" | "sent" | { failure: string }>("idle");
  const [request, { loading }] = useMutation(RequestPasswordResetDocument);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email"));
    try {
      await request({ variables: { email } });
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
        <form onSubmit={(event) => void submit(event)} className={fr.cx("fr-mt-2w")}>
          <Input
            label={m.email}
            hintText={m.emailHint}
            nativeInputProps={{
              name: "email",
              type: "email",
              autoComplete: "username",
              required: true,
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
