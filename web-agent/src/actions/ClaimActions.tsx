"use client";

import { useRef, useState } from "react";
import { useApolloClient } from "@apollo/client/react";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { todayInParis } from "@mrs/web-common/dates";
import type { ClaimDetail } from "@/claim/claim-types";
import { ClaimDetailDocument } from "@/claim/claim.documents";
import { apiFailure, failureText, type ApiFailure } from "@/errors/api-errors";
import { useSignedInAgent } from "@/session/signed-in-agent";
import { useShortcuts } from "@/shortcuts/use-shortcuts";
import { actionsMessages as m } from "./actions.messages";
import { availableActions, type ClaimAction } from "./available-actions";
import { checkCorrection, currentValues, isCorrectionField } from "./correction";
import { correctionMessages } from "./correction.messages";
import { CorrectionFields, type CorrectionDraft } from "./CorrectionFields";
import { EmailPreview } from "./EmailPreview";
import { EMPTY_MESSAGE, MessageFields, type MessageDraft } from "./MessageFields";
import { useClaimAction, type ActionResult } from "./use-claim-action";

const confirmation = createModal({ id: "confirmation-action", isOpenedByDefault: false });

// The common path by keyboard: each key opens the confirmation, never acts directly.
export const ACTION_SHORTCUTS: Readonly<Record<string, ClaimAction>> = {
  p: "take",
  v: "validate",
  r: "reject",
};

type Outcome = { action: ClaimAction; result: ActionResult };

export type ClaimActionsProps = { claim: ClaimDetail };

/**
 * The actions on a claim, each behind a confirmation dialog and sent with `version`. Agents
 * who may not act (supervisors) and closed claims get no section at all.
 */
export function ClaimActions({ claim }: ClaimActionsProps) {
  const agent = useSignedInAgent();
  const client = useApolloClient();
  const runAction = useClaimAction(claim);
  const [pending, setPending] = useState<ClaimAction | null>(null);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [reason, setReason] = useState("");
  const [message, setMessage] = useState(EMPTY_MESSAGE);
  const [correction, setCorrection] = useState<CorrectionDraft>(() => freshCorrection(claim));
  const [busy, setBusy] = useState(false);
  const liveRef = useRef<HTMLDivElement>(null);
  const today = todayInParis();

  const available = availableActions(claim.status, claim.onHold, agent.abilities.actOnClaims);
  const open = (action: ClaimAction) => {
    if (!available.includes(action)) return;
    setPending(action);
    setFailure(null);
    setOutcome(null);
    setMessage(EMPTY_MESSAGE);
    setCorrection(freshCorrection(claim));
    confirmation.open();
  };
  useShortcuts(ACTION_SHORTCUTS, open);

  // What the agent types answers the alert about it: "required" goes once the field is filled,
  // as a field's own error does elsewhere. Alerts about the claim itself (CONFLICT…) stay.
  const clearInputFailure = () =>
    setFailure((current) => (current?.code === "BAD_USER_INPUT" ? null : current));
  const changeReason = (value: string) => {
    setReason(value);
    clearInputFailure();
  };
  const changeMessage = (draft: MessageDraft) => {
    setMessage(draft);
    clearInputFailure();
  };

  // The correction is checked here first, then its changes are shown for confirmation.
  const reviewCorrection = () => {
    const check = checkCorrection(currentValues(claim), correction.values, today);
    if (!check.ok) return setCorrection({ ...correction, problems: check.problems });
    if (check.changes.length === 0) {
      return setFailure(inputFailure(correctionMessages.nothingChanged));
    }
    setFailure(null);
    setCorrection({ ...correction, problems: {}, review: check.changes });
  };

  const confirm = async () => {
    if (pending === null || busy) return;
    if (pending === "correct" && correction.review === null) return reviewCorrection();
    if (pending === "hold" && reason.trim() === "") return setFailure(inputFailure(m.required));
    if (pending === "reject" || pending === "contact") {
      if (message.templateId === "") return setFailure(inputFailure(m.required));
      if (message.subject.trim() === "") return setFailure(inputFailure(m.subjectRequired));
      if (message.body.trim() === "") return setFailure(inputFailure(m.bodyRequired));
    }
    const check = checkCorrection(currentValues(claim), correction.values, today);
    setBusy(true);
    try {
      const result = await runAction(pending, {
        reason,
        message,
        correction: check.ok ? check.input : {},
      });
      confirmation.close();
      setOutcome({ action: pending, result });
      setReason("");
      requestAnimationFrame(() => liveRef.current?.focus());
    } catch (error) {
      const failed = apiFailure(error);
      // The API's check of a corrected field: back to the form, under that field.
      const field = failed.field?.replace(/^input\./, "");
      if (pending === "correct" && isCorrectionField(field)) {
        setCorrection({ ...correction, review: null, problems: { [field]: failureText(failed) } });
      } else {
        setFailure(failed);
      }
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

  const reviewing = pending === "correct" && correction.review !== null;
  const confirmLabel =
    pending === "correct" && !reviewing
      ? correctionMessages.check
      : pending
        ? m.confirmButton[pending]
        : "";
  // Outside the section, so that it stays mounted (DSFR binds it once) whatever is shown.
  const dialog = (
    <confirmation.Component
      title={pending ? m.confirmTitle[pending] : ""}
      size={
        pending === "reject" ||
        pending === "contact" ||
        pending === "correct" ||
        pending === "validate"
          ? "large"
          : "medium"
      }
      buttons={[
        { children: m.cancel, priority: "secondary" },
        ...(reviewing
          ? [
              {
                children: correctionMessages.edit,
                priority: "secondary" as const,
                doClosesModal: false,
                onClick: () => setCorrection({ ...correction, review: null }),
              },
            ]
          : []),
        {
          children: confirmLabel,
          doClosesModal: false,
          disabled: busy,
          onClick: () => void confirm(),
        },
      ]}
    >
      {pending && <p>{m.confirmText[pending]}</p>}
      {pending === "validate" && claim.review && (
        <EmailPreview
          subject={claim.review.validationEmailPreview.subject}
          body={claim.review.validationEmailPreview.body}
        />
      )}
      {pending === "hold" && (
        <Input
          label={m.holdReason}
          textArea
          nativeTextAreaProps={{
            value: reason,
            rows: 3,
            required: true,
            onChange: (e) => changeReason(e.target.value),
          }}
        />
      )}
      {(pending === "reject" || pending === "contact") && (
        <MessageFields
          claim={claim}
          kind={pending === "reject" ? "REJECTION" : "CONTACT"}
          draft={message}
          onChange={changeMessage}
        />
      )}
      {pending === "correct" && (
        <CorrectionFields
          draft={correction}
          hasDistance={claim.distanceKm !== null}
          today={today}
          onChange={(values) => {
            setCorrection({ values, problems: {}, review: null });
            clearInputFailure();
          }}
        />
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
  );

  return (
    <>
      {(available.length > 0 || outcome !== null) && (
        <section aria-labelledby="actions-titre">
          <h2 id="actions-titre" className={fr.cx("fr-h4")}>
            {m.title}
          </h2>
          <div ref={liveRef} tabIndex={-1} role="status" aria-live="polite">
            {outcome && <OutcomeAlert outcome={outcome} />}
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
        </section>
      )}
      {dialog}
    </>
  );
}

/** Done, with what the API added; or, when it recorded nothing, why. */
function OutcomeAlert({ outcome }: { outcome: Outcome }) {
  const { action, result } = outcome;
  const notices = result.notices.map((notice) => <p key={notice}>{notice}</p>);
  if (!result.changed) {
    return (
      <Alert severity="warning" small description={<>{notices}</>} className={fr.cx("fr-mb-2w")} />
    );
  }
  return (
    <Alert
      severity={result.notices.length > 0 ? "warning" : "success"}
      small
      description={
        <>
          <p>{m.done[action]}</p>
          {notices}
        </>
      }
      className={fr.cx("fr-mb-2w")}
    />
  );
}

function freshCorrection(claim: ClaimDetail): CorrectionDraft {
  return { values: currentValues(claim), problems: {}, review: null };
}

function inputFailure(text: string): ApiFailure {
  return { code: "BAD_USER_INPUT", apiMessage: text, field: null };
}
