"use client";

import { useMutation } from "@apollo/client/react";
import type { ClaimDetail } from "@/claim/claim-types";
import {
  ClaimDetailDocument,
  ContactPatientDocument,
  CorrectClaimDocument,
  RejectClaimDocument,
  ReleaseClaimHoldDocument,
  SetClaimOnHoldDocument,
  TakeClaimDocument,
  ValidateClaimDocument,
} from "@/claim/claim.documents";
import type { ClaimAction } from "./available-actions";
import type { CorrectionInput } from "./correction";
import type { MessageDraft } from "./MessageFields";

/** What the agent prepared in the confirmation dialog, for the actions that need it. */
export interface ActionDrafts {
  reason: string;
  message: MessageDraft;
  correction: CorrectionInput;
}

/** The API's account of what an action did, when it says more than "done". */
export interface ActionResult {
  /** False when the API recorded nothing (a correction that changed nothing). */
  changed: boolean;
  notices: readonly string[];
}

const DONE: ActionResult = { changed: true, notices: [] };

/**
 * Runs a claim action with the version the agent read, then reads the claim again (status,
 * version, timeline) before resolving, so the page never shows a stale claim.
 */
export function useClaimAction(claim: ClaimDetail) {
  const options = { refetchQueries: [ClaimDetailDocument], awaitRefetchQueries: true };
  const [take] = useMutation(TakeClaimDocument, options);
  const [validate] = useMutation(ValidateClaimDocument, options);
  const [reject] = useMutation(RejectClaimDocument, options);
  const [hold] = useMutation(SetClaimOnHoldDocument, options);
  const [release] = useMutation(ReleaseClaimHoldDocument, options);
  const [contact] = useMutation(ContactPatientDocument, options);
  const [correct] = useMutation(CorrectClaimDocument, options);

  return async (action: ClaimAction, drafts: ActionDrafts): Promise<ActionResult> => {
    const target = { id: claim.id, version: claim.version };
    switch (action) {
      case "take":
        await take({ variables: target });
        return DONE;
      case "validate":
        await validate({ variables: target });
        return DONE;
      case "hold":
        await hold({ variables: { ...target, reason: drafts.reason.trim() } });
        return DONE;
      case "release":
        await release({ variables: target });
        return DONE;
      case "reject":
        await reject({ variables: { ...target, ...drafts.message } });
        return DONE;
      case "contact":
        await contact({ variables: { ...target, ...drafts.message } });
        return DONE;
      case "correct": {
        const { data } = await correct({ variables: { ...target, input: drafts.correction } });
        const payload = data?.correctClaim;
        return {
          changed: (payload?.changedFields.length ?? 0) > 0,
          notices: payload?.notices ?? [],
        };
      }
    }
  };
}
