import { LockMode } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import { ClaimDraft } from "../claims/claim-draft.entity";
import { MAX_ATTACHMENTS } from "../claims/validate-claim-input";
import { Attachment } from "./attachment.entity";
import { AttachmentKind } from "./attachment-kind";
import { normaliseDocument } from "./document-content";
import { attachmentMessages } from "./messages";
import { safeFileName, type ReceivedUpload } from "./receive-multipart";
import { newStorageKey, type FileStorage } from "./storage";

/** 10 MiB per document (SPEC 4.2). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** A refused upload: the HTTP status, a stable reason for the web page and a French message. */
export class UploadRefusal extends Error {
  constructor(
    readonly status: 400 | 401 | 404 | 413 | 415 | 422,
    readonly reason: string,
    message: string,
  ) {
    super(message);
    this.name = "UploadRefusal";
  }
}

const REFUSALS = {
  EMPTY: new UploadRefusal(400, "EMPTY", attachmentMessages.empty),
  UNSUPPORTED_TYPE: new UploadRefusal(415, "UNSUPPORTED_TYPE", attachmentMessages.unsupported),
  UNREADABLE: new UploadRefusal(400, "UNREADABLE", attachmentMessages.unreadable),
} as const;

export const tooManyFiles = () =>
  new UploadRefusal(422, "TOO_MANY_FILES", attachmentMessages.tooMany);

/**
 * Checks, normalises and stores one document of a draft: type from the content, images
 * re-encoded without metadata, at most 20 per draft (checked under a lock of the draft row,
 * so that parallel uploads cannot exceed it). The received file and its re-encoded copy are
 * in the upload's temporary folder, which the caller removes afterwards.
 */
export async function uploadDocument(
  em: EntityManager,
  storage: FileStorage,
  draft: ClaimDraft,
  upload: ReceivedUpload,
  now: Date,
): Promise<Attachment> {
  const kind = Object.values(AttachmentKind).find((value) => value === upload.fields.get("kind"));
  if (!kind) throw new UploadRefusal(400, "BAD_KIND", attachmentMessages.badKind);
  if (!upload.file) throw new UploadRefusal(400, "MISSING_FILE", attachmentMessages.missingFile);
  if (upload.file.truncated) throw new UploadRefusal(413, "TOO_LARGE", attachmentMessages.tooLarge);
  const content = await normaliseDocument(upload.file);
  if (!content.ok) throw REFUSALS[content.reason];

  const fileName = upload.file.name;
  const key = newStorageKey(now);
  await storage.put(key, { filePath: content.path });
  try {
    return await em.transactional(async (tx) => {
      await tx.findOneOrFail(ClaimDraft, draft.id, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if ((await tx.count(Attachment, { draft: draft.id })) >= MAX_ATTACHMENTS) {
        throw tooManyFiles();
      }
      return tx.create(Attachment, {
        draft: draft.id,
        kind,
        fileName: safeFileName(fileName, content.convertedFromHeic),
        contentType: content.contentType,
        sizeBytes: content.sizeBytes,
        sha256: content.sha256,
        storageKey: key,
        createdAt: now,
      });
    });
  } catch (error) {
    await storage.delete(key);
    throw error;
  }
}
