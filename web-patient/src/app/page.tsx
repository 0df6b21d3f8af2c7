import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { loadActiveCaisses } from "@/home/active-caisses";
import { CaisseTable } from "@/home/CaisseTable";
import { homeMessages as m } from "@/home/home.messages";

// The list of caisses is read on every request: a caisse opened or closed by an administrator
// shows at once, and the build never needs a running API.
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const caisses = await loadActiveCaisses();
  return (
    <>
      <h1>{m.title}</h1>
      <p className={fr.cx("fr-text--lead")}>{m.lead}</p>
      <Button
        linkProps={{ href: "/demande" }}
        size="large"
        iconId="fr-icon-arrow-right-line"
        iconPosition="right"
      >
        {m.startClaim}
      </Button>

      <div className={fr.cx("fr-grid-row", "fr-grid-row--gutters", "fr-mt-6w")}>
        <section className={fr.cx("fr-col-12", "fr-col-md-6")} aria-labelledby="rembourse">
          <h2 id="rembourse">{m.coveredTitle}</h2>
          <ul>
            {m.covered.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <p>{m.coveredCondition}</p>
        </section>
        <section className={fr.cx("fr-col-12", "fr-col-md-6")} aria-labelledby="documents">
          <h2 id="documents">{m.documentsTitle}</h2>
          <ul>
            {m.documents.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>
      </div>

      <section className={fr.cx("fr-mt-6w")} aria-labelledby="etapes">
        <h2 id="etapes">{m.stepsTitle}</h2>
        <ol>
          {m.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </section>

      <section className={fr.cx("fr-mt-6w")} aria-labelledby="caisses">
        <h2 id="caisses">{m.caissesTitle}</h2>
        <p>{m.caissesIntro}</p>
        <CaisseTable caisses={caisses} />
      </section>
    </>
  );
}
