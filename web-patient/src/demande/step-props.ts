import type { ClaimFormValues } from "./form-values";

/** What every step's fields receive from the form. */
export interface StepFieldsProps {
  values: ClaimFormValues;
  onChange: (patch: Partial<ClaimFormValues>) => void;
  /** The message to show under a field (dotted path), if any. */
  errorOf: (field: string) => string | undefined;
}

/** DSFR input state for an optional error message. */
export function errorState(message: string | undefined): {
  state: "error" | "default";
  stateRelatedMessage: string | undefined;
} {
  return { state: message ? "error" : "default", stateRelatedMessage: message };
}
