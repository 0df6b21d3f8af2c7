import { demandeMessages as m } from "./demande.messages";

// The form's steps, 1-based as the DSFR stepper counts them. The summary is the last one.
export const STEP_TITLES = [
  m.stepCaisse,
  m.stepPrescription,
  m.stepIdentity,
  m.stepTrips,
  m.stepExpenses,
  m.stepSworn,
  m.stepSummary,
] as const;

export const STEP_COUNT = STEP_TITLES.length;
export const SUMMARY_STEP = STEP_COUNT;

/** The step that shows a field, from the API's dotted path or one of the form's own. */
export function stepOfField(field: string): number {
  const [head = ""] = field.split(".");
  switch (head) {
    case "caisseId":
      return 1;
    case "prescription":
      return 2;
    case "patient":
      return 3;
    case "trips":
      return 4;
    case "vehicle":
    case "publicTransport":
    case "modes":
      return 5;
    case "documents":
      return field === "documents.PRESCRIPTION" ? 2 : 5;
    case "sworn":
      return 6;
    default:
      // attachmentIds and anything new: shown on the summary, where the patient sends.
      return SUMMARY_STEP;
  }
}
