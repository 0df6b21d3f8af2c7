"use client";

import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { fieldMessages as m } from "./fields.messages";
import { fieldId } from "./form-values";
import { errorState, type StepFieldsProps } from "./step-props";

export type SwornStepProps = StepFieldsProps;

/** Step 6: the sworn statement, without which the API refuses the claim. */
export function SwornStep({ values, onChange, errorOf }: SwornStepProps) {
  return (
    <Checkbox
      id={fieldId("sworn")}
      legend={m.swornLegend}
      {...errorState(errorOf("sworn"))}
      options={[
        {
          label: m.sworn,
          hintText: m.swornHint,
          nativeInputProps: {
            checked: values.sworn,
            onChange: (event) => onChange({ sworn: event.target.checked }),
          },
        },
      ]}
    />
  );
}
