import { fr } from "@codegouvfr/react-dsfr";
import { actionsMessages as m } from "./actions.messages";

export type EmailPreviewProps = { subject: string; body: string };

/** The e-mail the patient will receive, as it will read: subject, then body. */
export function EmailPreview({ subject, body }: EmailPreviewProps) {
  return (
    <section
      aria-labelledby="apercu-titre"
      className={fr.cx("fr-p-2w")}
      style={{ background: "var(--background-alt-grey)" }}
    >
      <h3 id="apercu-titre" className={fr.cx("fr-h6")}>
        {m.preview}
      </h3>
      <p className={fr.cx("fr-text--bold")}>
        {m.previewSubject} {subject}
      </p>
      <p style={{ whiteSpace: "pre-wrap" }}>{body}</p>
    </section>
  );
}
