"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { Upload } from "@codegouvfr/react-dsfr/Upload";
import { documentMessages as m } from "./documents.messages";
import { fieldId, type DocumentKind, type UploadedDocument } from "./form-values";
import { errorState } from "./step-props";
import type { PendingUpload, UploadFailure } from "./use-documents";

export type DocumentUploadProps = {
  kind: DocumentKind;
  label: string;
  documents: readonly UploadedDocument[];
  pending: readonly PendingUpload[];
  failures: readonly UploadFailure[];
  error: string | undefined;
  onFiles: (kind: DocumentKind, files: File[]) => void;
  onRemove: (document: UploadedDocument) => void;
};

// No `capture` attribute: it would force the camera on phones, while a scan or a PDF must stay
// possible. `image/*` already offers the camera in the phone's file chooser.
const ACCEPT = "image/*,application/pdf,.pdf,.heic,.heif";

/** One file input of the DSFR, then the files of that kind: progress, name, size, removal. */
export function DocumentUpload(props: DocumentUploadProps) {
  const { kind, label, error } = props;
  const documents = props.documents.filter((document) => document.kind === kind);
  const pending = props.pending.filter((upload) => upload.kind === kind);
  const failures = props.failures.filter((failure) => failure.kind === kind);
  const empty = documents.length + pending.length + failures.length === 0;
  return (
    <div className="fr-mb-4w">
      <Upload
        label={label}
        hint={m.hint}
        multiple
        {...errorState(error)}
        nativeInputProps={{
          id: fieldId(`documents.${kind}`),
          accept: ACCEPT,
          onChange: (event) => {
            const files = Array.from(event.target.files ?? []);
            // Lets the same file be chosen again after a removal.
            event.target.value = "";
            if (files.length > 0) props.onFiles(kind, files);
          },
        }}
      />
      {!empty && (
        <ul
          className="fr-mt-2w fr-pl-0"
          aria-label={m.listTitle(label)}
          style={{ listStyle: "none" }}
        >
          {pending.map((upload) => (
            <li key={upload.localId} className="fr-mb-1w">
              <span className="fr-text--sm fr-mb-0">{upload.fileName}</span>{" "}
              <progress
                max={100}
                value={upload.percent}
                aria-label={m.progressLabel(upload.fileName)}
              >
                {upload.percent} %
              </progress>{" "}
              <span className="fr-text--sm" aria-hidden="true">
                {upload.percent} %
              </span>
            </li>
          ))}
          {documents.map((document) => (
            <li key={document.id} className="fr-mb-1w">
              <span className="fr-icon-file-line fr-icon--sm" aria-hidden="true" />{" "}
              <span style={{ overflowWrap: "anywhere" }}>{document.fileName}</span>{" "}
              <span className="fr-text--sm">({m.size(document.sizeBytes)})</span>{" "}
              <Button
                type="button"
                priority="tertiary no outline"
                size="small"
                iconId="fr-icon-delete-line"
                onClick={() => props.onRemove(document)}
              >
                {m.remove}
                <span className="fr-sr-only"> {document.fileName}</span>
              </Button>
            </li>
          ))}
          {failures.map((failure) => (
            <li key={failure.localId} className="fr-error-text fr-mt-0 fr-mb-1w">
              {failure.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
