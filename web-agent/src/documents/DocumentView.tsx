import type { ClaimAttachment } from "@/claim/claim-types";
import { documentsMessages as m } from "./documents.messages";
import { ImageViewer } from "./ImageViewer";
import { PdfViewer } from "./PdfViewer";

export type DocumentViewProps = { attachment: ClaimAttachment };

/** One document, through this site's relay: PDFs drawn by PDF.js, images in the viewer. */
export function DocumentView({ attachment }: DocumentViewProps) {
  const src = `/attachments/${encodeURIComponent(attachment.id)}`;
  if (attachment.contentType === "application/pdf") {
    return (
      <PdfViewer
        key={attachment.id}
        src={src}
        name={attachment.fileName}
        sizeBytes={attachment.sizeBytes}
      />
    );
  }
  return (
    <ImageViewer
      key={attachment.id}
      src={src}
      alt={m.imageAlt(m.kind[attachment.kind], attachment.fileName)}
    />
  );
}
