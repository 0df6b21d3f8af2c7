"use client";

import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { DocumentUpload, type DocumentUploadProps } from "./DocumentUpload";
import { fieldMessages as m } from "./fields.messages";
import { fieldId, type ClaimFormValues, type FormCaisse } from "./form-values";
import { errorState, type StepFieldsProps } from "./step-props";

export type ExpensesStepProps = StepFieldsProps & {
  caisse: FormCaisse | undefined;
  uploads: Omit<DocumentUploadProps, "kind" | "label" | "error">;
};

type AmountField = "distanceKm" | "tolls" | "parking" | "publicTransportCost";

/** Step 5: own vehicle and/or public transport, their amounts and receipts. */
export function ExpensesStep(props: ExpensesStepProps) {
  const { values, onChange, errorOf, caisse } = props;
  const amount = (
    name: AmountField,
    path: string,
    label: string,
    hint: string,
    numeric = false,
  ) => (
    <Input
      label={label}
      hintText={hint}
      {...errorState(errorOf(path))}
      nativeInputProps={{
        id: fieldId(path),
        inputMode: numeric ? "numeric" : "decimal",
        autoComplete: "off",
        value: values[name],
        onChange: (event) => onChange(amountPatch(name, event.target.value)),
      }}
    />
  );
  return (
    <>
      <Checkbox
        id={fieldId("modes")}
        legend={m.modesLegend}
        hintText={m.modesHint}
        {...errorState(errorOf("modes"))}
        options={[
          {
            label: m.vehicle,
            nativeInputProps: {
              checked: values.vehicle,
              onChange: (event) => onChange({ vehicle: event.target.checked }),
            },
          },
          {
            label: m.publicTransport,
            nativeInputProps: {
              checked: values.publicTransport,
              onChange: (event) => onChange({ publicTransport: event.target.checked }),
            },
          },
        ]}
      />
      {values.vehicle && (
        <section aria-labelledby="frais-vp" className="fr-mb-4w">
          <h3 id="frais-vp" className="fr-h5">
            {m.vehicleTitle}
          </h3>
          {amount("distanceKm", "vehicle.distanceKm", m.distance, m.distanceHint, true)}
          {amount("tolls", "vehicle.tollsCents", m.tolls, m.amountHint)}
          {(caisse?.parkingAllowed ?? true) &&
            amount("parking", "vehicle.parkingCents", m.parking, m.amountHint)}
          <DocumentUpload
            {...props.uploads}
            kind="VP_RECEIPT"
            label={m.vehicleReceipts}
            error={errorOf("documents.VP_RECEIPT")}
          />
        </section>
      )}
      {values.publicTransport && (
        <section aria-labelledby="frais-atp" className="fr-mb-4w">
          <h3 id="frais-atp" className="fr-h5">
            {m.publicTransportTitle}
          </h3>
          {amount(
            "publicTransportCost",
            "publicTransport.costCents",
            m.publicTransportCost,
            m.publicTransportCostHint,
          )}
          <DocumentUpload
            {...props.uploads}
            kind="ATP_RECEIPT"
            label={m.publicTransportReceipts}
            error={errorOf("documents.ATP_RECEIPT")}
          />
        </section>
      )}
    </>
  );
}

function amountPatch(name: AmountField, value: string): Partial<ClaimFormValues> {
  const patch: Partial<ClaimFormValues> = {};
  patch[name] = value;
  return patch;
}
