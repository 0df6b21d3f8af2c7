import { fr } from "@codegouvfr/react-dsfr";
import type { ClaimDetail } from "./claim-types";
import { claimMessages as m } from "./claim.messages";
import { formatLocalDate, formatNir } from "./format";

export type ClaimIdentityProps = { claim: ClaimDetail };

/** Who travelled, with what the patient originally typed wherever an agent corrected it. */
export function ClaimIdentity({ claim }: ClaimIdentityProps) {
  const { patient } = claim;
  const original = claim.review?.original;
  const rows: [string, string, string | null | undefined][] = [
    [m.lastName, patient.lastName, original?.lastName],
    [m.firstName, patient.firstName, original?.firstName],
    [
      m.birthDate,
      formatLocalDate(patient.birthDate),
      original?.birthDate && formatLocalDate(original.birthDate),
    ],
    [m.nir, formatNir(patient.nir), original?.nir && formatNir(original.nir)],
    [m.email, patient.email, original?.email],
    [m.phone, patient.phone ?? m.noPhone, original?.phone],
  ];
  return (
    <section aria-labelledby="identite-titre">
      <h2 id="identite-titre" className={fr.cx("fr-h4")}>
        {m.identity}
      </h2>
      <dl>
        {rows.map(([label, value, typed]) => (
          <div key={label} className={fr.cx("fr-mb-1w")}>
            <dt className={fr.cx("fr-text--bold")}>{label}</dt>
            <dd style={{ marginLeft: 0, overflowWrap: "anywhere" }}>
              {value}
              {typed && typed !== value && (
                <span className={fr.cx("fr-hint-text")}>{m.typed(typed)}</span>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
