"use client";

import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { ButtonProps } from "@codegouvfr/react-dsfr/Button";
import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import { Stepper } from "@codegouvfr/react-dsfr/Stepper";
import { ClaimConfirmation } from "./ClaimConfirmation";
import { ClaimStep } from "./ClaimStep";
import { demandeMessages as m } from "./demande.messages";
import { ErrorSummary } from "./ErrorSummary";
import type { ClaimFormValues, FormCaisse } from "./form-values";
import { todayInParis } from "./local-date";
import { STEP_COUNT, STEP_TITLES, SUMMARY_STEP, stepOfField } from "./steps";
import { summaryMessages } from "./summary.messages";
import { useDocuments } from "./use-documents";
import { useDraft } from "./use-draft";
import { useSavedForm } from "./use-saved-form";
import { useSubmitClaim } from "./use-submit-claim";
import { checkAll, checkStep, type CheckContext, type Issue } from "./validate-steps";

export type ClaimFormProps = {
  caisses: readonly FormCaisse[];
};

type FocusTarget = "heading" | "errors" | null;

/** The claim form in steps (SPEC 5), its state kept in sessionStorage across reloads. */
export function ClaimForm({ caisses }: ClaimFormProps) {
  const { form, loaded, update, reset } = useSavedForm();
  const [issues, setIssues] = useState<Issue[]>([]);
  const [focus, setFocus] = useState<FocusTarget>(null);
  const stepper = useRef<HTMLDivElement>(null);
  const errors = useRef<HTMLDivElement>(null);
  const today = useMemo(() => todayInParis(), []);
  const { step, values } = form;
  const caisse = caisses.find((c) => c.id === values.caisseId);

  const draft = useDraft(form.draft, update);
  const documents = useDocuments({
    update,
    ensureDraft: draft.ensureDraft,
    markExpired: draft.markExpired,
  });
  const ctx: CheckContext = {
    caisse,
    today,
    documents: form.documents,
    uploading: documents.pending.map((upload) => upload.kind),
  };

  const goTo = useCallback(
    (next: number) => {
      update((current) => ({ ...current, step: next }));
      setFocus("heading");
    },
    [update],
  );
  const showIssues = useCallback(
    (found: Issue[]) => {
      setIssues(found);
      const first = Math.min(...found.map((issue) => stepOfField(issue.field)));
      update((current) => ({ ...current, step: first }));
      setFocus("errors");
    },
    [update],
  );
  const submission = useSubmitClaim({
    form,
    caisse,
    update,
    ensureDraft: draft.ensureDraft,
    markExpired: draft.markExpired,
    onIssues: showIssues,
  });

  // Focus follows the step (RGAA 12.x): its heading, or the error summary when there is one.
  useEffect(() => {
    if (focus === null) return;
    const target =
      focus === "errors" && errors.current ? errors.current : stepper.current?.querySelector("h2");
    if (target) {
      target.setAttribute("tabindex", "-1");
      target.focus();
    }
    setFocus(null);
  }, [focus, step]);

  // Each step is announced in the window title too (RGAA 8.6).
  useEffect(() => {
    if (!loaded) return;
    const title = form.confirmation ? summaryMessages.confirmationTitle : STEP_TITLES[step - 1];
    document.title = `${title} — ${m.title} — Mes remboursements simplifiés`;
  }, [loaded, step, form.confirmation]);

  if (!loaded) return <p>{m.loading}</p>;
  if (form.confirmation) {
    return <ClaimConfirmation confirmation={form.confirmation} onNewClaim={reset} />;
  }

  const onChange = (patch: Partial<ClaimFormValues>) =>
    update((current) => ({ ...current, values: { ...current.values, ...patch } }));
  const errorOf = (field: string) => issues.find((issue) => issue.field === field)?.message;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (step === SUMMARY_STEP) {
      const found = checkAll(values, ctx);
      if (found.length > 0) return showIssues(found);
      setIssues([]);
      return void submission.submit(false);
    }
    const found = checkStep(step, values, ctx);
    const others = issues.filter((issue) => stepOfField(issue.field) !== step);
    if (found.length > 0) {
      setIssues([...others, ...found]);
      return setFocus("errors");
    }
    setIssues(others);
    goTo(step + 1);
  };

  const nextButton: ButtonProps =
    step === SUMMARY_STEP
      ? { children: summaryMessages.submit, type: "submit", disabled: submission.sending }
      : {
          children: m.next,
          type: "submit",
          iconId: "fr-icon-arrow-right-line",
          iconPosition: "right",
        };

  return (
    <>
      <p>{m.intro}</p>
      <Stepper
        ref={stepper}
        currentStep={step}
        stepCount={STEP_COUNT}
        title={STEP_TITLES[step - 1]}
        nextTitle={STEP_TITLES[step]}
      />
      {draft.expired && (
        <Alert
          severity="warning"
          as="h3"
          title={m.draftExpiredTitle}
          description={m.draftExpired}
          className="fr-mb-4w"
          closable
          onClose={draft.clearExpired}
        />
      )}
      {submission.alert && (
        <Alert severity="error" small description={submission.alert} className="fr-mb-4w" />
      )}
      <ErrorSummary
        ref={errors}
        issues={issues.filter((issue) => stepOfField(issue.field) === step)}
      />
      <form noValidate method="post" onSubmit={onSubmit}>
        <ClaimStep
          step={step}
          values={values}
          onChange={onChange}
          errorOf={errorOf}
          caisses={caisses}
          caisse={caisse}
          today={today}
          draft={form.draft}
          documents={form.documents}
          uploads={documents}
          submission={submission}
          onEdit={goTo}
        />
        <ButtonsGroup
          className="fr-mt-4w"
          inlineLayoutWhen="md and up"
          isReverseOrder
          buttons={
            step > 1
              ? [
                  nextButton,
                  {
                    children: m.previous,
                    type: "button",
                    priority: "secondary",
                    onClick: () => goTo(step - 1),
                  },
                ]
              : [nextButton]
          }
        />
      </form>
      <p id="annonces-formulaire" aria-live="polite" className="fr-sr-only">
        {submission.sending ? summaryMessages.sending : documents.announcement}
      </p>
    </>
  );
}
