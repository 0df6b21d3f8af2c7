import type { EntityManager } from "@mikro-orm/postgresql";
import type { AttachmentKind } from "../attachments/attachment-kind";
import { preparedQuery } from "../db/prepared";
import { UnauthenticatedError } from "../graphql/errors";
import { isUuid, tokenMatches } from "../shared/tokens";
import { claimMessages } from "./messages";
import type { SubmissionCaisse } from "./store-claim";

/** What a submission starts from: its draft, the caisse it names, the documents uploaded. */
export interface OpenDraft {
  id: string;
  token: string;
  /** The claim of a draft already submitted. */
  claimId: string | null;
  warnedConflicts: string[];
  /** The caisse the input names; null when no caisse has this id. */
  caisse: SubmissionCaisse | null;
  uploads: { id: string; kind: AttachmentKind }[];
}

interface DraftRow {
  id: string;
  token_hash: string;
  expires_at: Date | string;
  claim_id: string | null;
  warned_conflicts: string[];
  caisse: {
    id: string;
    number: string;
    name: string;
    active: boolean;
    processing_email: string;
    convocation_allowed: boolean;
    parking_allowed: boolean;
  } | null;
  uploads: { id: string; kind: AttachmentKind }[];
}

/**
 * The draft that `token` opens, read with the caisse `caisseId` and the draft's documents in
 * one statement (the submission's first read). An unknown id, a wrong token and an expired,
 * never submitted draft get the same answer, so that nothing can be learnt by probing ids.
 */
export async function openDraft(
  em: EntityManager,
  draftId: string,
  token: string | undefined,
  caisseId: string,
  now: Date,
): Promise<OpenDraft> {
  const rows = isUuid(draftId)
    ? await preparedQuery<DraftRow>(
        em,
        "open-draft",
        `select d.id, d.token_hash, d.expires_at, d.claim_id, d.warned_conflicts,
                (select json_build_object(
                          'id', c.id, 'number', c.number, 'name', c.name, 'active', c.active,
                          'processing_email', c.processing_email,
                          'convocation_allowed', c.convocation_allowed,
                          'parking_allowed', c.parking_allowed)
                   from caisse c where c.id = ?::uuid) as caisse,
                coalesce((select json_agg(json_build_object('id', a.id, 'kind', a.kind)
                                          order by a.created_at, a.id)
                            from attachment a where a.draft_id = d.id), '[]') as uploads
           from claim_draft d where d.id = ?`,
        [isUuid(caisseId) ? caisseId : null, draftId],
      )
    : [];
  const draft = rows[0];
  if (!draft || token === undefined || !tokenMatches(token, draft.token_hash)) {
    throw new UnauthenticatedError(claimMessages.draftUnknown);
  }
  if (draft.claim_id === null && new Date(draft.expires_at) <= now) {
    throw new UnauthenticatedError(claimMessages.draftUnknown);
  }
  const caisse = draft.caisse;
  return {
    id: draft.id,
    token,
    claimId: draft.claim_id,
    warnedConflicts: draft.warned_conflicts,
    caisse: caisse && {
      id: caisse.id,
      number: caisse.number,
      name: caisse.name,
      active: caisse.active,
      processingEmail: caisse.processing_email,
      convocationAllowed: caisse.convocation_allowed,
      parkingAllowed: caisse.parking_allowed,
    },
    uploads: draft.uploads,
  };
}

/** Records the conflicts shown to the patient, to count later those fixed (SPEC 4.5). */
export async function rememberWarnedConflicts(
  em: EntityManager,
  draft: OpenDraft,
  keys: Iterable<string>,
): Promise<void> {
  const warned = [...new Set([...draft.warnedConflicts, ...keys])];
  await em
    .getKnex()
    .raw("update claim_draft set warned_conflicts = ?::jsonb where id = ?", [
      JSON.stringify(warned),
      draft.id,
    ]);
}
