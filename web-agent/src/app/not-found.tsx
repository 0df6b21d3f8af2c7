import type { Metadata } from "next";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { errorMessages as m } from "@/layout/error.messages";

export const metadata: Metadata = { title: m.notFoundTitle };

export default function NotFound() {
  return (
    <>
      <h1>{m.notFoundTitle}</h1>
      <p>{m.notFound}</p>
      <Button linkProps={{ href: "/" }}>{m.backHome}</Button>
    </>
  );
}
