"use client";

import { useCallback, useState } from "react";
import { documentMessages as m } from "./documents.messages";
import type { SavedClaimForm, StoredDraft } from "./draft-storage";
import type { DocumentKind, UploadedDocument } from "./form-values";
import { deleteDocument, sendDocument } from "./upload-request";

export interface PendingUpload {
  localId: string;
  kind: DocumentKind;
  fileName: string;
  percent: number;
}

export interface UploadFailure {
  localId: string;
  kind: DocumentKind;
  message: string;
}

interface DocumentsDeps {
  update: (change: (form: SavedClaimForm) => SavedClaimForm) => void;
  ensureDraft: () => Promise<StoredDraft | null>;
  markExpired: () => void;
}

let uploadCounter = 0;

/**
 * Uploads with progress and removal. `announcement` feeds an aria-live region: the start,
 * the end or the failure of each file is read out, not every percent.
 */
export function useDocuments({ update, ensureDraft, markExpired }: DocumentsDeps) {
  const [pending, setPending] = useState<PendingUpload[]>([]);
  const [failures, setFailures] = useState<UploadFailure[]>([]);
  const [announcement, setAnnouncement] = useState("");

  const uploadOne = useCallback(
    async (kind: DocumentKind, file: File) => {
      uploadCounter += 1;
      const localId = `u${uploadCounter}`;
      setPending((list) => [...list, { localId, kind, fileName: file.name, percent: 0 }]);
      setAnnouncement(m.uploading(file.name, 0));
      const draft = await ensureDraft();
      const outcome = draft
        ? await sendDocument(file, kind, draft.token, (percent) =>
            setPending((list) =>
              list.map((item) => (item.localId === localId ? { ...item, percent } : item)),
            ),
          )
        : { ok: false as const, status: 0, message: m.draftUnavailable };
      setPending((list) => list.filter((item) => item.localId !== localId));
      if (outcome.ok) {
        const added: UploadedDocument = outcome.document;
        update((form) => ({ ...form, documents: [...form.documents, added] }));
        setAnnouncement(m.uploaded(added.fileName));
        return;
      }
      if (outcome.status === 401) markExpired();
      setFailures((list) => [
        ...list,
        { localId, kind, message: m.failed(file.name, outcome.message) },
      ]);
      setAnnouncement(m.failed(file.name, outcome.message));
    },
    [ensureDraft, markExpired, update],
  );

  const upload = useCallback(
    (kind: DocumentKind, files: readonly File[]) => {
      setFailures((list) => list.filter((failure) => failure.kind !== kind));
      for (const file of files) void uploadOne(kind, file);
    },
    [uploadOne],
  );

  const remove = useCallback(
    async (document: UploadedDocument, draft: StoredDraft | null) => {
      if (draft && !(await deleteDocument(document.id, draft.token))) {
        setAnnouncement(m.failed(document.fileName, m.network));
        return;
      }
      update((form) => ({
        ...form,
        documents: form.documents.filter((item) => item.id !== document.id),
      }));
      setAnnouncement(m.removed(document.fileName));
    },
    [update],
  );

  return { pending, failures, announcement, upload, remove };
}
