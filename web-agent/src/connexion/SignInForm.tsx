"use client";

import { useRef, useState, type FormEvent } from "react";
import { useRouter, useSearchParams } from "next/navigation";
import Link from "next/link";
import { useMutation } from "@apollo/client/react";
import { fr } from "@codegouvfr/react-dsfr";
import { PasswordInput } from "@codegouvfr/react-dsfr/blocks/PasswordInput";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { apiFailure, failureText } from "@/errors/api-errors";
import {
  fieldState,
  firstWrongField,
  focusField,
  passwordMessages,
  type FieldErrors,
} from "@/errors/field-errors";
import { LiveAlert } from "@/layout/LiveAlert";
import { returnPathOf } from "@/session/return-path";
import { abilitiesOf, landingPage } from "@/session/roles";
import { MeDocument } from "@/session/session.documents";
import { SIGN_IN_FIELDS, signInErrors, type SignInField } from "./connexion-form";
import { LogInDocument } from "./connexion.documents";
import { connexionMessages as m } from "./connexion.messages";

const FORM_ID = "connexion-formulaire";

/**
 * Signs in through the API (which sets the session cookie), then goes back to the page whose
 * session had ended (`?retour=`, same site only), or opens the dashboard.
 */
export function SignInForm() {
  const router = useRouter();
  const returnTo = returnPathOf(useSearchParams());
  const alertRef = useRef<HTMLDivElement>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors<SignInField>>({});
  const clear = (field: SignInField) =>
    setErrors((previous) => ({ ...previous, [field]: undefined }));
  const [logIn, { loading }] = useMutation(LogInDocument, {
    // The guard reads `me`: give it the agent at once instead of asking the API again.
    update: (cache, { data }) => {
      if (data) cache.writeQuery({ query: MeDocument, data: { me: data.logIn } });
    },
  });

  // Submitting stays in the page (no native submission): the password never reaches a URL.
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "");
    const password = String(form.get("password") ?? "");
    setFailure(null);
    const found = signInErrors(email, password);
    setErrors(found);
    const wrong = firstWrongField(SIGN_IN_FIELDS, found);
    if (wrong) return focusField(FORM_ID, wrong);
    try {
      const { data } = await logIn({ variables: { email: email.trim(), password } });
      router.push(returnTo ?? landingPage(abilitiesOf(data?.logIn.roles ?? [])));
    } catch (error) {
      setFailure(failureText(apiFailure(error)));
      // Moves the keyboard and screen-reader focus to the reason, next to the form.
      requestAnimationFrame(() => alertRef.current?.focus());
    }
  };

  return (
    <form id={FORM_ID} noValidate onSubmit={(event) => void submit(event)}>
      <LiveAlert
        ref={alertRef}
        message={failure ? { severity: "error", title: m.failureTitle, text: failure } : null}
      />
      <fieldset className={fr.cx("fr-fieldset")} aria-labelledby="connexion-legende">
        <legend id="connexion-legende" className={fr.cx("fr-fieldset__legend")}>
          <h2 className={fr.cx("fr-h5")}>{m.legend}</h2>
        </legend>
        <div className={fr.cx("fr-fieldset__element")}>
          <Input
            label={m.email}
            hintText={m.emailHint}
            {...fieldState(errors.email)}
            nativeInputProps={{
              name: "email",
              type: "email",
              autoComplete: "username",
              required: true,
              onChange: () => clear("email"),
            }}
          />
        </div>
        <div className={fr.cx("fr-fieldset__element")}>
          <PasswordInput
            label={m.password}
            messagesHint=""
            messages={passwordMessages(errors.password)}
            nativeInputProps={{
              name: "password",
              autoComplete: "current-password",
              required: true,
              onChange: () => clear("password"),
            }}
          />
          <p className={fr.cx("fr-mt-1w", "fr-text--sm")}>
            <Link href="/mot-de-passe-oublie" className={fr.cx("fr-link")}>
              {m.forgotten}
            </Link>
          </p>
        </div>
      </fieldset>
      <Button type="submit" className={fr.cx("fr-mt-2w")} disabled={loading}>
        {loading ? m.submitting : m.submit}
      </Button>
    </form>
  );
}
