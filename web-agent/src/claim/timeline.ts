import { formatLocalDate, formatNir } from "./format";
import { claimMessages as m } from "./claim.messages";

/** What an event changed, as the API records it (free JSON objects). */
export interface EventChange {
  type: string;
  before: Readonly<Record<string, unknown>> | null;
  after: Readonly<Record<string, unknown>> | null;
}

type CorrectedField = keyof typeof m.corrected;

const CORRECTED_FIELDS: readonly CorrectedField[] = ["nir", "birthDate", "firstName", "distanceKm"];

/**
 * The lines the timeline shows under an event: a correction's values before → after, the
 * subject of an e-mail, the reason of a hold. Values of an unexpected shape are left out.
 */
export function eventDetails(event: EventChange): string[] {
  const { before, after } = event;
  switch (event.type) {
    case "CORRECTED":
      return CORRECTED_FIELDS.filter((field) => after && field in after).map(
        (field) =>
          `${m.corrected[field]} : ${shown(field, before?.[field])} → ${shown(field, after?.[field])}`,
      );
    case "PATIENT_CONTACTED":
    case "REJECTED":
      return typeof after?.subject === "string" ? [m.subjectSent(after.subject)] : [];
    case "ON_HOLD":
      return typeof after?.reason === "string" ? [m.reason(after.reason)] : [];
    default:
      return [];
  }
}

function shown(field: CorrectedField, value: unknown): string {
  if (typeof value === "number") return m.km(value);
  if (typeof value !== "string" || value === "") return m.none;
  if (field === "nir") return formatNir(value);
  if (field === "birthDate") return formatLocalDate(value);
  return value;
}
