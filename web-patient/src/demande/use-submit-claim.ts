"use client";

import { useCallback, useState } from "react";
import { CombinedGraphQLErrors } from "@apollo/client/errors";
import { useMutation } from "@apollo/client/react";
import { submitFailureOf } from "./api-errors";
import { toClaimInput } from "./claim-input";
import { SubmitClaimMutation } from "./claim-operations";
import type { TripConflict } from "./ConflictWarnings";
import { demandeMessages as m } from "./demande.messages";
import type { SavedClaimForm, StoredDraft } from "./draft-storage";
import { emptyValues, type FormCaisse } from "./form-values";
import type { Issue } from "./validate-steps";

interface SubmitDeps {
  form: SavedClaimForm;
  caisse: FormCaisse | undefined;
  update: (change: (form: SavedClaimForm) => SavedClaimForm) => void;
  ensureDraft: () => Promise<StoredDraft | null>;
  markExpired: () => void;
  onIssues: (issues: Issue[]) => void;
}

/** The same-origin path of the personal link the API built with its public address. */
function pathOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}

/**
 * Sends the claim with the draft's bearer token. Conflicts come back for the patient to fix
 * or confirm; refused fields go back to their steps; on success the typed data is wiped and
 * only the confirmation stays.
 */
export function useSubmitClaim({
  form,
  caisse,
  update,
  ensureDraft,
  markExpired,
  onIssues,
}: SubmitDeps) {
  const [submitClaim] = useMutation(SubmitClaimMutation);
  const [sending, setSending] = useState(false);
  const [conflicts, setConflicts] = useState<TripConflict[]>([]);
  const [alert, setAlert] = useState<string | null>(null);

  const submit = useCallback(
    async (confirmConflicts: boolean) => {
      if (!caisse || sending) return;
      setSending(true);
      setAlert(null);
      try {
        const draft = await ensureDraft();
        if (!draft) return setAlert(m.unavailable);
        const { data } = await submitClaim({
          variables: {
            draftId: draft.id,
            input: toClaimInput(form.values, caisse, form.documents),
            confirmConflicts,
          },
          context: { headers: { authorization: `Bearer ${draft.token}` } },
        });
        const payload = data?.submitClaim;
        if (payload?.claim && payload.followUpUrl) {
          const confirmation = {
            number: payload.claim.number,
            followUpPath: pathOf(payload.followUpUrl),
          };
          update(() => ({
            version: 1,
            step: 1,
            values: emptyValues(),
            draft: null,
            documents: [],
            confirmation,
          }));
        } else if (payload) {
          setConflicts(payload.conflicts);
        }
      } catch (error) {
        const failure = CombinedGraphQLErrors.is(error)
          ? submitFailureOf(error.errors)
          : { kind: "unavailable" as const };
        switch (failure.kind) {
          case "fields":
            setConflicts([]);
            onIssues(failure.issues);
            break;
          case "expired":
            markExpired();
            break;
          case "rate-limited":
            setAlert(m.rateLimited);
            break;
          case "unavailable":
            setAlert(m.unavailable);
            break;
        }
      } finally {
        setSending(false);
      }
    },
    [caisse, sending, ensureDraft, submitClaim, form, update, markExpired, onIssues],
  );

  return { submit, sending, conflicts, alert };
}
