"use client";

import type { FormEvent } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import { PasswordInput } from "@codegouvfr/react-dsfr/blocks/PasswordInput";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { connexionMessages as m } from "./connexion.messages";

// The API has no sign-in operation yet. Until it does, submitting stays in the page: a native
// submission would put the password in the address bar.
function keepInPage(event: FormEvent<HTMLFormElement>): void {
  event.preventDefault();
}

export function SignInForm() {
  return (
    <form onSubmit={keepInPage}>
      <fieldset className={fr.cx("fr-fieldset")} aria-labelledby="connexion-legende">
        <legend id="connexion-legende" className={fr.cx("fr-fieldset__legend")}>
          <h2 className={fr.cx("fr-h5")}>{m.legend}</h2>
        </legend>
        <div className={fr.cx("fr-fieldset__element")}>
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
        </div>
        <div className={fr.cx("fr-fieldset__element")}>
          <PasswordInput
            label={m.password}
            messagesHint=""
            nativeInputProps={{
              name: "password",
              autoComplete: "current-password",
              required: true,
            }}
          />
        </div>
      </fieldset>
      <Button type="submit" className={fr.cx("fr-mt-2w")}>
        {m.submit}
      </Button>
    </form>
  );
}
