"use client";

import type { InputHTMLAttributes } from "react";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { fieldMessages as m } from "./fields.messages";
import { fieldId, type ClaimFormValues } from "./form-values";
import { errorState, type StepFieldsProps } from "./step-props";

export type IdentityStepProps = StepFieldsProps & {
  today: string;
};

type TextField = "nir" | "birthDate" | "firstName" | "lastName" | "email" | "phone";

function textPatch(name: TextField, value: string): Partial<ClaimFormValues> {
  const patch: Partial<ClaimFormValues> = {};
  patch[name] = value;
  return patch;
}

/** Step 3: the transported person, whose NIR may be a parent's. */
export function IdentityStep({ values, onChange, errorOf, today }: IdentityStepProps) {
  const field = (
    name: TextField,
    label: string,
    hint: string | undefined,
    native: InputHTMLAttributes<HTMLInputElement>,
  ) => (
    <Input
      label={label}
      hintText={hint}
      {...errorState(errorOf(`patient.${name}`))}
      nativeInputProps={{
        ...native,
        id: fieldId(`patient.${name}`),
        name,
        value: values[name],
        onChange: (event) => onChange(textPatch(name, event.target.value)),
      }}
    />
  );
  return (
    <>
      {field("nir", m.nir, m.nirHint, { autoComplete: "off", spellCheck: false, maxLength: 21 })}
      {field("birthDate", m.birthDate, undefined, {
        type: "date",
        max: today,
        min: "1900-01-01",
        autoComplete: "bday",
      })}
      {field("firstName", m.firstName, undefined, { autoComplete: "given-name", maxLength: 70 })}
      {field("lastName", m.lastName, undefined, { autoComplete: "family-name", maxLength: 70 })}
      {field("email", m.email, m.emailHint, {
        type: "email",
        autoComplete: "email",
        spellCheck: false,
      })}
      {field("phone", m.phone, m.phoneHint, { type: "tel", autoComplete: "tel" })}
    </>
  );
}
