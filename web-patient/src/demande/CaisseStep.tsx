"use client";

import { CallOut } from "@codegouvfr/react-dsfr/CallOut";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { fieldMessages as m } from "./fields.messages";
import { fieldId, type FormCaisse } from "./form-values";
import { errorState, type StepFieldsProps } from "./step-props";

export type CaisseStepProps = StepFieldsProps & {
  caisses: readonly FormCaisse[];
};

/** Step 1: the caisse, whose options decide what the next steps offer. */
export function CaisseStep({ values, onChange, errorOf, caisses }: CaisseStepProps) {
  const chosen = caisses.find((caisse) => caisse.id === values.caisseId);
  return (
    <>
      <Select
        label={m.caisseLabel}
        hint={m.caisseHint}
        {...errorState(errorOf("caisseId"))}
        nativeSelectProps={{
          id: fieldId("caisseId"),
          value: values.caisseId,
          onChange: (event) => {
            const caisse = caisses.find((c) => c.id === event.target.value);
            onChange({
              caisseId: event.target.value,
              // A convocation is not an option with every caisse.
              ...(caisse && !caisse.convocationAllowed && values.prescriptionKind === "CONVOCATION"
                ? { prescriptionKind: "" }
                : {}),
            });
          },
        }}
      >
        <option value="" disabled>
          {m.caissePlaceholder}
        </option>
        {caisses.map((caisse) => (
          <option key={caisse.id} value={caisse.id}>
            {caisse.number} — {caisse.name}
          </option>
        ))}
      </Select>
      {chosen && (
        <CallOut title={m.caisseOptionsTitle} titleAs="h3" className="fr-mt-4w">
          <span className="fr-mb-1w" style={{ display: "block" }}>
            {m.caisseConvocation(chosen.convocationAllowed)}
          </span>
          <span style={{ display: "block" }}>{m.caisseParking(chosen.parkingAllowed)}</span>
        </CallOut>
      )}
    </>
  );
}
