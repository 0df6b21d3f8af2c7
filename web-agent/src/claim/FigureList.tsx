import { fr } from "@codegouvfr/react-dsfr";

export type FigureListProps = { rows: [label: string, value: string][] };

/** Labels on the left, their figures in bold on the right: amounts, dates, identifiers. */
export function FigureList({ rows }: FigureListProps) {
  return (
    <dl>
      {rows.map(([label, value]) => (
        <div key={label} style={{ display: "flex", justifyContent: "space-between", gap: "1rem" }}>
          <dt>{label}</dt>
          <dd style={{ marginLeft: 0 }} className={fr.cx("fr-text--bold")}>
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
