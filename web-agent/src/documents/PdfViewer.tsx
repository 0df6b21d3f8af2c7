import { fr } from "@codegouvfr/react-dsfr";
import { documentsMessages as m } from "./documents.messages";

export type PdfViewerProps = { src: string; name: string };

/**
 * A PDF inside a sandbox that may run no script, open no window and submit no form: a file
 * sent by anyone on the internet must not act in the agent's session. Browsers whose PDF
 * reader refuses sandboxed frames still get the link.
 */
export function PdfViewer({ src, name }: PdfViewerProps) {
  return (
    <div>
      <iframe
        src={src}
        title={m.pdfTitle(name)}
        sandbox=""
        referrerPolicy="no-referrer"
        style={{ width: "100%", height: "70vh", border: "1px solid var(--border-default-grey)" }}
      />
      <p className={fr.cx("fr-mt-1w")}>
        <a href={src} target="_blank" rel="noopener noreferrer" className={fr.cx("fr-link")}>
          {m.pdfOpen}
        </a>
      </p>
    </div>
  );
}
