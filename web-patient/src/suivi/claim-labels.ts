import type { ClaimStatus } from "@mrs/schema/patient";
import { suiviMessages as m } from "./suivi.messages";

/** French label of a timeline event; event types may grow, so unknown ones get a generic label. */
export function eventLabel(type: string, actorType: string): string {
  const what = m.events[type] ?? m.otherEvent;
  const who = m.actors[actorType];
  return who ? `${what} ${who}` : what;
}

export function statusLabel(status: ClaimStatus): string {
  return m.statuses[status];
}

/** `2026-12-03T09:05:00Z` → `03/12/2026 à 10:05`, in Paris time. */
export function parisDateTime(instant: string): string {
  const parts = new Intl.DateTimeFormat("fr-FR", {
    timeZone: "Europe/Paris",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? "";
  return `${part("day")}/${part("month")}/${part("year")} à ${part("hour")}:${part("minute")}`;
}
