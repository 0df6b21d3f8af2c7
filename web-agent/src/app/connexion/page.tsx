import type { Metadata } from "next";
import { fr } from "@codegouvfr/react-dsfr";
import { connexionMessages as m } from "@/connexion/connexion.messages";
import { SignInForm } from "@/connexion/SignInForm";

export const metadata: Metadata = { title: m.title };

export default function ConnexionPage() {
  return (
    <div className={fr.cx("fr-grid-row", "fr-grid-row--center")}>
      <div className={fr.cx("fr-col-12", "fr-col-md-8", "fr-col-lg-6")}>
        <div
          className={fr.cx("fr-px-2w", "fr-px-md-4w", "fr-py-4w")}
          style={{ backgroundColor: fr.colors.decisions.background.alt.grey.default }}
        >
          <h1>{m.title}</h1>
          <p>{m.intro}</p>
          <SignInForm />
        </div>
      </div>
    </div>
  );
}
