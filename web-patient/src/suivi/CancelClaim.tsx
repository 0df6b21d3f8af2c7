"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { CombinedGraphQLErrors } from "@apollo/client/errors";
import { useMutation } from "@apollo/client/react";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { CancelClaimMutation } from "./suivi-operations";
import { suiviMessages as m } from "./suivi.messages";

export type CancelClaimProps = {
  claimId: string;
  claimNumber: string;
  token: string;
};

const modal = createModal({ id: "annulation-demande", isOpenedByDefault: false });

/** The cancel button and its DSFR confirmation dialog, while the claim is SUBMITTED. */
export function CancelClaim({ claimId, claimNumber, token }: CancelClaimProps) {
  const router = useRouter();
  const [cancelClaim, { loading }] = useMutation(CancelClaimMutation);
  const [failure, setFailure] = useState<string | null>(null);

  const confirm = async () => {
    setFailure(null);
    try {
      await cancelClaim({ variables: { id: claimId, token } });
      modal.close();
      // The page is rendered on the server: read the new status and timeline again.
      router.refresh();
    } catch (error) {
      modal.close();
      const codes = CombinedGraphQLErrors.is(error)
        ? error.errors.map((e) => e.extensions?.code)
        : [];
      setFailure(codes.includes("INVALID_TRANSITION") ? m.notCancellable : m.cancelFailed);
    }
  };

  return (
    <section aria-labelledby="annuler" className="fr-mt-6w">
      <h2 id="annuler" tabIndex={-1}>
        {m.cancelTitle}
      </h2>
      <p>{m.cancelIntro}</p>
      {failure && (
        <div role="alert" className="fr-mb-2w">
          <Alert severity="error" small description={failure} />
        </div>
      )}
      <Button
        type="button"
        priority="secondary"
        iconId="fr-icon-close-circle-line"
        nativeButtonProps={modal.buttonProps}
      >
        {m.cancel}
      </Button>
      <modal.Component
        title={m.cancelModalTitle}
        buttons={[
          { children: m.cancelKeep, priority: "secondary" },
          {
            children: m.cancelConfirm,
            doClosesModal: false,
            disabled: loading,
            onClick: () => void confirm(),
          },
        ]}
      >
        {m.cancelModalText(claimNumber)}
      </modal.Component>
    </section>
  );
}
