"use client";

import type { Ref } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";

export type LiveMessage = {
  severity: "success" | "error" | "info" | "warning";
  text: string;
  title?: string;
};

/**
 * A status region that stays in the page whether or not it holds a message, so that screen
 * readers announce a message put into it later. It takes the focus when a form moves the
 * keyboard to a failure (`ref` then `focus()`).
 */
export function LiveAlert({
  message,
  ref,
}: {
  message: LiveMessage | null | undefined;
  ref?: Ref<HTMLDivElement>;
}) {
  return (
    <div ref={ref} tabIndex={-1} role="status" aria-live="polite">
      {message && (
        <Alert
          severity={message.severity}
          small
          title={message.title}
          description={message.text}
          className={fr.cx("fr-mb-2w")}
        />
      )}
    </div>
  );
}
