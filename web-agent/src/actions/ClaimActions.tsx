"use client";

import { useRef, useState } from "react";
import { useApolloClient, useMutation } from "@apollo/client/react";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import type { ClaimDetail } from "@/claim/claim-types";
import {
  ClaimDetailDocument,
  RejectClaimDocument,
  ReleaseClaimHoldDocument,
  SetClaimOnHoldDocument,
  TakeClaimDocument,
  ValidateClaimDocument,
} from "@/claim/claim.documents";
import { apiFailure, failureText, type ApiFailure } from "@/errors/api-errors";
import { useSignedInAgent } from "@/session/signed-in-agent";
import { useShortcuts } from "@/shortcuts/use-shortcuts";
import { actionsMessages as m } from "./actions.messages";
import { availableActions, type ClaimAction } from "./available-actions";
import { RejectionFields, type RejectionDraft } from "./RejectionFields";

const confirmation = createModal({ id: "confirmation-action", isOpenedByDefault: false });
const EMPTY_REJECTION: RejectionDraft = { templateId: "", subject: "", body: "" };

// The common path by keyboard: each key opens the confirmation, never acts directly.
export const ACTION_SHORTCUTS: Readonly<Record<string, ClaimAction>> = {
  p: "take",
  v: "validate",
  r: "reject",
};

export type ClaimActionsProps = { claim: ClaimDetail };

/** The status actions of a claim, each behind a confirmation dialog and sent with `version`. */
export function ClaimActions({ claim }: ClaimActionsProps) {
  const agent = useSignedInAgent();
  const [pending, setPending] = useState<ClaimAction | null>(null);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const [rejection, setRejection] = useState(EMPTY_REJECTION);
  const [busy, setBusy] = useState(false);
  const liveRef = useRef<HTMLDivElement>(null);
  const refetchQueries = [ClaimDetailDocument];
  const [take] = useMutation(TakeClaimDocument, { refetchQueries, awaitRefetchQueries: true });
  const [validate] = useMutation(ValidateClaimDocument, {
    refetchQueries,
    awaitRefetchQueries: true,
  });
  const [reject] = useMutation(RejectClaimDocument, { refetchQueries, awaitRefetchQueries: true });
  const [hold] = useMutation(SetClaimOnHoldDocument, { refetchQueries, awaitRefetchQueries: true });
  const [release] = useMutation(ReleaseClaimHoldDocument, {
    refetchQueries,
    awaitRefetchQueries: true,
  });
  const client = useApolloClient();

  const available = availableActions(claim.status, claim.onHold, agent.abilities.actOnClaims);
  const open = (action: ClaimAction) => {
    if (!available.includes(action)) return;
    setPending(action);
    setFailure(null);
    setDone(null);
    confirmation.open();
  };
  useShortcuts(ACTION_SHORTCUTS, open);

  const run = async (action: ClaimAction) => {
    const target = { id: claim.id, version: claim.version };
    switch (action) {
      case "take":
        return take({ variables: target });
      case "validate":
        return validate({ variables: target });
      case "hold":
        return hold({ variables: { ...target, reason: reason.trim() } });
      case "release":
        return release({ variables: target });
      case "reject":
        return reject({ variables: { ...target, ...rejection } });
    }
  };

  const confirm = async () => {
    if (pending === null || busy) return;
    if (pending === "hold" && reason.trim() === "") return setFailure(inputFailure());
    if (pending === "reject" && rejection.templateId === "") return setFailure(inputFailure());
    setBusy(true);
    try {
      await run(pending);
      confirmation.close();
      setDone(m.done[pending]);
      setReason("");
      setRejection(EMPTY_REJECTION);
      requestAnimationFrame(() => liveRef.current?.focus());
    } catch (error) {
      setFailure(apiFailure(error));
    } finally {
      setBusy(false);
    }
  };

  // After CONFLICT or INVALID_TRANSITION: read the claim as it now is, then decide again.
  const reloadClaim = async () => {
    confirmation.close();
    setFailure(null);
    await client.refetchQueries({ include: [ClaimDetailDocument] });
  };

  return (
    <section aria-labelledby="actions-titre">
      <h2 id="actions-titre" className={fr.cx("fr-h4")}>
        {m.title}
      </h2>
      <div ref={liveRef} tabIndex={-1} role="status" aria-live="polite">
        {done && (
          <Alert severity="success" small description={done} className={fr.cx("fr-mb-2w")} />
        )}
      </div>
      <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-md")}>
        {available.map((action) => (
          <li key={action}>
            <Button
              priority={action === "take" || action === "validate" ? "primary" : "secondary"}
              onClick={() => open(action)}
            >
              {m.button[action]}
            </Button>
          </li>
        ))}
      </ul>
      <confirmation.Component
        title={pending ? m.confirmTitle[pending] : ""}
        size={pending === "reject" ? "large" : "medium"}
        buttons={[
          { children: m.cancel, priority: "secondary" },
          {
            children: pending ? m.confirmButton[pending] : "",
            doClosesModal: false,
            disabled: busy,
            onClick: () => void confirm(),
          },
        ]}
      >
        {pending && <p>{m.confirmText[pending]}</p>}
        {pending === "hold" && (
          <Input
            label={m.holdReason}
            textArea
            nativeTextAreaProps={{
              value: reason,
              rows: 3,
              required: true,
              onChange: (e) => setReason(e.target.value),
            }}
          />
        )}
        {pending === "reject" && (
          <RejectionFields claim={claim} draft={rejection} onChange={setRejection} />
        )}
        <div aria-live="assertive">
          {failure && (
            <Alert
              severity="error"
              small
              description={
                <>
                  {failureText(failure)}
                  {(failure.code === "CONFLICT" || failure.code === "INVALID_TRANSITION") && (
                    <Button
                      size="small"
                      priority="secondary"
                      className={fr.cx("fr-mt-1w")}
                      onClick={() => void reloadClaim()}
                    >
                      {m.reload}
                    </Button>
                  )}
                </>
              }
            />
          )}
        </div>
      </confirmation.Component>
    </section>
  );
}

function inputFailure(): ApiFailure {
  return { code: "BAD_USER_INPUT", apiMessage: m.required, field: null };
}
