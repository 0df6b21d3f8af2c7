import { documentMessages as m } from "./documents.messages";
import type { DocumentKind, UploadedDocument } from "./form-values";

export type UploadOutcome =
  { ok: true; document: UploadedDocument } | { ok: false; status: number; message: string };

function isDocument(value: unknown): value is UploadedDocument {
  return (
    typeof value === "object" &&
    value !== null &&
    "id" in value &&
    typeof value.id === "string" &&
    "fileName" in value &&
    typeof value.fileName === "string" &&
    "sizeBytes" in value &&
    typeof value.sizeBytes === "number"
  );
}

function messageOf(body: unknown, fallback: string): string {
  return typeof body === "object" &&
    body !== null &&
    "message" in body &&
    typeof body.message === "string"
    ? body.message
    : fallback;
}

/**
 * Sends one file to the site's /uploads relay. XMLHttpRequest rather than fetch: only it
 * reports upload progress, which a patient on a slow phone connection needs to see.
 */
export function sendDocument(
  file: File,
  kind: DocumentKind,
  draftToken: string,
  onProgress: (percent: number) => void,
): Promise<UploadOutcome> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", "/uploads");
    request.setRequestHeader("Authorization", `Bearer ${draftToken}`);
    request.responseType = "json";
    request.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    });
    request.addEventListener("load", () => {
      const body: unknown = request.response;
      if (request.status === 201 && isDocument(body)) {
        resolve({
          ok: true,
          // The stored size: photos are re-encoded (and usually shrink) on the way in.
          document: { id: body.id, kind, fileName: body.fileName, sizeBytes: body.sizeBytes },
        });
      } else {
        resolve({
          ok: false,
          status: request.status,
          message: messageOf(body, m.draftUnavailable),
        });
      }
    });
    request.addEventListener("error", () => resolve({ ok: false, status: 0, message: m.network }));
    const form = new FormData();
    form.append("kind", kind);
    form.append("file", file, file.name);
    request.send(form);
  });
}

/** Removes a document from the draft before submission; an unknown one is already gone. */
export async function deleteDocument(id: string, draftToken: string): Promise<boolean> {
  try {
    const response = await fetch(`/uploads/${encodeURIComponent(id)}`, {
      method: "DELETE",
      headers: { Authorization: `Bearer ${draftToken}` },
    });
    return response.status === 204 || response.status === 404 || response.status === 401;
  } catch {
    return false;
  }
}
