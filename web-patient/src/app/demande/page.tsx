import type { Metadata } from "next";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { ClaimForm } from "@/demande/ClaimForm";
import { demandeMessages as m } from "@/demande/demande.messages";
import { loadFormCaisses } from "@/demande/form-caisses";

export const metadata: Metadata = { title: m.title };

// The caisses and their options are read on every request, never frozen at build time.
export const dynamic = "force-dynamic";

export default async function DemandePage() {
  const caisses = await loadFormCaisses();
  return (
    <>
      <Breadcrumb
        currentPageLabel={m.title}
        homeLinkProps={{ href: "/" }}
        segments={[]}
        className={fr.cx("fr-mt-0")}
      />
      <h1>{m.title}</h1>
      {caisses === null ? (
        <>
          <Alert
            severity="error"
            as="h2"
            title={m.caissesUnavailableTitle}
            description={m.caissesUnavailable}
          />
          <Button className={fr.cx("fr-mt-4w")} priority="secondary" linkProps={{ href: "/" }}>
            {m.backHome}
          </Button>
        </>
      ) : (
        <ClaimForm caisses={caisses} />
      )}
    </>
  );
}
