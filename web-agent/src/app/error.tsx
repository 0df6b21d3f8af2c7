"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { errorMessages as m } from "@/layout/error.messages";

export type ErrorPageProps = { reset: () => void };

// Replaces Next's English error screen inside the site's frame (header and footer stay).
export default function ErrorPage({ reset }: ErrorPageProps) {
  return (
    <>
      <h1>{m.failureTitle}</h1>
      <p>{m.failure}</p>
      <Button onClick={reset}>{m.retry}</Button>
    </>
  );
}
