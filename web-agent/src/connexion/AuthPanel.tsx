import type { ReactNode } from "react";
import { fr } from "@codegouvfr/react-dsfr";

export type AuthPanelProps = { title: string; intro: string; children: ReactNode };

/** The centred grey panel of the pages used before signing in. */
export function AuthPanel({ title, intro, children }: AuthPanelProps) {
  return (
    <div className={fr.cx("fr-grid-row", "fr-grid-row--center")}>
      <div className={fr.cx("fr-col-12", "fr-col-md-8", "fr-col-lg-6")}>
        <div
          className={fr.cx("fr-px-2w", "fr-px-md-4w", "fr-py-4w")}
          style={{ backgroundColor: fr.colors.decisions.background.alt.grey.default }}
        >
          <h1>{title}</h1>
          <p>{intro}</p>
          {children}
        </div>
      </div>
    </div>
  );
}
