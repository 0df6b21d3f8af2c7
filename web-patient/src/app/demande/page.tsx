import type { Metadata } from "next";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { demandeMessages as m } from "@/demande/demande.messages";

export const metadata: Metadata = { title: m.title };

export default function DemandePage() {
  return (
    <>
      <Breadcrumb
        currentPageLabel={m.title}
        homeLinkProps={{ href: "/" }}
        segments={[]}
        className={fr.cx("fr-mt-0")}
      />
      <h1>{m.title}</h1>
      <Alert severity="info" as="h2" title={m.comingSoonTitle} description={m.comingSoon} />
      <Button className={fr.cx("fr-mt-4w")} priority="secondary" linkProps={{ href: "/" }}>
        {m.backHome}
      </Button>
    </>
  );
}
