"use client";

import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { DocumentUpload, type DocumentUploadProps } from "./DocumentUpload";
import { fieldMessages as m } from "./fields.messages";
import { fieldId, type FormCaisse, type PrescriptionChoice } from "./form-values";
import { errorState, type StepFieldsProps } from "./step-props";

export type PrescriptionStepProps = StepFieldsProps & {
  caisse: FormCaisse | undefined;
  today: string;
  uploads: Omit<DocumentUploadProps, "kind" | "label" | "error">;
};

/** Step 2: paper prescription (photos), electronic one (number) or convocation (date). */
export function PrescriptionStep(props: PrescriptionStepProps) {
  const { values, onChange, errorOf, caisse, today } = props;
  const choices: { kind: PrescriptionChoice; label: string; hint: string }[] = [
    { kind: "PMT", label: m.prescriptionPmt, hint: m.prescriptionPmtHint },
    { kind: "EPMT", label: m.prescriptionEpmt, hint: m.prescriptionEpmtHint },
    ...(caisse?.convocationAllowed
      ? [
          {
            kind: "CONVOCATION" as const,
            label: m.prescriptionConvocation,
            hint: m.prescriptionConvocationHint,
          },
        ]
      : []),
  ];
  return (
    <>
      <RadioButtons
        legend={m.prescriptionLegend}
        name="prescriptionKind"
        id={fieldId("prescription.kind")}
        {...errorState(errorOf("prescription.kind"))}
        options={choices.map((choice) => ({
          label: choice.label,
          hintText: choice.hint,
          nativeInputProps: {
            value: choice.kind,
            checked: values.prescriptionKind === choice.kind,
            onChange: () => onChange({ prescriptionKind: choice.kind }),
          },
        }))}
      />
      {values.prescriptionKind === "PMT" && (
        <DocumentUpload
          {...props.uploads}
          kind="PRESCRIPTION"
          label={m.prescriptionFiles}
          error={errorOf("documents.PRESCRIPTION")}
        />
      )}
      {values.prescriptionKind === "EPMT" && (
        <Input
          label={m.epmtNumber}
          hintText={m.epmtHint}
          {...errorState(errorOf("prescription.epmtNumber"))}
          nativeInputProps={{
            id: fieldId("prescription.epmtNumber"),
            value: values.epmtNumber,
            autoComplete: "off",
            spellCheck: false,
            maxLength: 20,
            onChange: (event) => onChange({ epmtNumber: event.target.value }),
          }}
        />
      )}
      {values.prescriptionKind === "CONVOCATION" && (
        <Input
          label={m.convocationDate}
          {...errorState(errorOf("prescription.convocationDate"))}
          nativeInputProps={{
            id: fieldId("prescription.convocationDate"),
            type: "date",
            max: today,
            value: values.convocationDate,
            onChange: (event) => onChange({ convocationDate: event.target.value }),
          }}
        />
      )}
    </>
  );
}
