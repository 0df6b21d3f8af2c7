import type { GraphQLContext } from "../graphql/context";
import { InputError } from "../graphql/errors";
import { parisDate } from "../shared/local-date";
import type { ClaimInput } from "./claim-input.types";
import { conflictKey, otherClaimConflicts, sameClaimConflicts } from "./conflicts";
import { openDraft, rememberWarnedConflicts } from "./draft-access";
import { loadClaimView } from "./load-claim";
import { claimMessages } from "./messages";
import { followUpUrl, personalToken } from "./personal-link";
import { storeClaim } from "./store-claim";
import type { SubmitClaimPayload } from "./submit-claim.types";
import { validateClaimInput } from "./validate-claim-input";

/**
 * Submits a draft as a claim (SPEC 4.2–4.5). Idempotent: a draft already submitted answers
 * with its claim, so a network retry never creates a second one. Duplicate trip dates are
 * returned as conflicts, and nothing is stored until the patient confirms them.
 */
export async function submitClaim(
  ctx: GraphQLContext,
  draftId: string,
  input: ClaimInput,
  confirmConflicts: boolean,
): Promise<SubmitClaimPayload> {
  const { em, config } = ctx;
  await ctx.consumeRateLimit("submission");
  const now = ctx.now();
  const draft = await openDraft(em, draftId, ctx.bearerToken, input.caisseId, now);
  const { token } = draft;
  if (draft.claimId !== null) return submitted(ctx, draft.claimId, token);

  const caisse = draft.caisse;
  if (!caisse) throw new InputError("caisseId", claimMessages.caisseUnknown);
  if (!caisse.active) throw new InputError("caisseId", claimMessages.caisseInactive);
  const valid = validateClaimInput(input, {
    caisse,
    today: parisDate(now),
    uploads: draft.uploads,
  });

  const conflicts = [
    ...sameClaimConflicts(valid.trips),
    ...(await otherClaimConflicts(em, valid.patient, valid.trips, draft.id)),
  ].sort((a, b) => a.tripIndex - b.tripIndex);
  const keys = new Set(conflicts.map(conflictKey));
  if (conflicts.length > 0 && !confirmConflicts) {
    await rememberWarnedConflicts(em, draft, keys);
    return { claim: null, conflicts, followUpUrl: null };
  }
  const conflictsFixed = draft.warnedConflicts.filter((key) => !keys.has(key)).length;

  const stored = await storeClaim(em, {
    draftId: draft.id,
    caisse,
    valid,
    snapshot: snapshotOf(input),
    conflictsKept: conflicts.length,
    conflictsFixed,
    now,
    config,
    personalToken: (id) => personalToken(token, id),
  });
  if ("existingId" in stored) return submitted(ctx, stored.existingId, token, conflicts);
  const claimId = stored.claim.id;
  ctx.logger.info({ claimId, conflicts: conflicts.length }, "claim submitted");
  // Everything the view shows was just written: no need to read it back.
  return {
    claim: stored.claim,
    conflicts,
    followUpUrl: followUpUrl(config, claimId, personalToken(token, claimId)),
  };
}

/** The answer for a draft already submitted: its claim, read back. */
async function submitted(
  ctx: GraphQLContext,
  claimId: string,
  draftToken: string,
  conflicts: SubmitClaimPayload["conflicts"] = [],
): Promise<SubmitClaimPayload> {
  const claim = await loadClaimView(ctx.em, claimId);
  const link = followUpUrl(ctx.config, claimId, personalToken(draftToken, claimId));
  return { claim, conflicts, followUpUrl: link };
}

/** What the patient typed, as plain JSON, kept with the claim for the record. */
function snapshotOf(input: ClaimInput): Record<string, unknown> {
  return JSON.parse(JSON.stringify(input)) as Record<string, unknown>;
}
