"use client";

import { useEffect, useRef } from "react";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import type { Confirmation } from "./draft-storage";
import { summaryMessages as m } from "./summary.messages";

export type ClaimConfirmationProps = {
  confirmation: Confirmation;
  onNewClaim: () => void;
};

/** After submission: the claim number and the personal link, focused for screen readers. */
export function ClaimConfirmation({ confirmation, onNewClaim }: ClaimConfirmationProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <>
      <h2 ref={heading} tabIndex={-1}>
        {m.confirmationTitle}
      </h2>
      <Alert
        severity="success"
        as="h3"
        title={m.confirmationNumber(confirmation.number)}
        description={m.confirmationText}
        className="fr-mb-4w"
      />
      <ButtonsGroup
        inlineLayoutWhen="md and up"
        buttons={[
          { children: m.followUp, linkProps: { href: confirmation.followUpPath } },
          { children: m.newClaim, priority: "secondary", type: "button", onClick: onNewClaim },
        ]}
      />
    </>
  );
}
