"use client";

import { useState } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import type { ClaimAttachment } from "@/claim/claim-types";
import { documentsMessages as m } from "./documents.messages";
import { DocumentView } from "./DocumentView";

export type ClaimDocumentsProps = { attachments: readonly ClaimAttachment[] };

/** The claim's documents: a list to choose from, and the chosen one shown inline. */
export function ClaimDocuments({ attachments }: ClaimDocumentsProps) {
  const [shownId, setShownId] = useState(attachments[0]?.id ?? null);
  const shown = attachments.find((attachment) => attachment.id === shownId);
  return (
    <section aria-labelledby="documents-titre">
      <h2 id="documents-titre" className={fr.cx("fr-h4")}>
        {m.title}
      </h2>
      {attachments.length === 0 && <p>{m.none}</p>}
      <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-md", "fr-btns-group--sm")}>
        {attachments.map((attachment) => (
          <li key={attachment.id}>
            <button
              type="button"
              className={fr.cx(
                "fr-btn",
                "fr-btn--sm",
                attachment.id === shownId ? "fr-btn--secondary" : "fr-btn--tertiary",
              )}
              aria-pressed={attachment.id === shownId}
              onClick={() => setShownId(attachment.id)}
            >
              {m.kind[attachment.kind]} — {attachment.fileName} ({m.size(attachment.sizeBytes)})
            </button>
          </li>
        ))}
      </ul>
      {shown && <DocumentView attachment={shown} />}
    </section>
  );
}
