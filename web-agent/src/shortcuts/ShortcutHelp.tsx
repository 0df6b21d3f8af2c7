import { fr } from "@codegouvfr/react-dsfr";
import { shortcutMessages as m } from "./shortcuts.messages";

export type ShortcutHelpProps = { shortcuts: readonly { key: string; label: string }[] };

/** Lists the page's keyboard shortcuts, as WCAG 2.1.4 asks of single-key shortcuts. */
export function ShortcutHelp({ shortcuts }: ShortcutHelpProps) {
  return (
    <section aria-labelledby="raccourcis-titre" className={fr.cx("fr-mt-4w")}>
      <h2 id="raccourcis-titre" className={fr.cx("fr-h6")}>
        {m.title}
      </h2>
      <p className={fr.cx("fr-text--sm")}>{m.intro}</p>
      <dl className={fr.cx("fr-text--sm")}>
        {shortcuts.map(({ key, label }) => (
          <div key={key}>
            <dt style={{ display: "inline" }}>
              <kbd>{key}</kbd>
            </dt>{" "}
            <dd style={{ display: "inline", margin: 0 }}>{label}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
