import { eventLabel, parisDateTime, statusLabel } from "./claim-labels";

test("labels events in French, with who acted", () => {
  expect(eventLabel("SUBMITTED", "PATIENT")).toBe("Demande envoyée par vous");
  expect(eventLabel("CANCELLED", "PATIENT")).toBe("Demande annulée par vous");
  expect(eventLabel("SOMETHING_NEW", "ROBOT")).toBe("Mise à jour de la demande");
});

test("labels statuses", () => {
  expect(statusLabel("CANCELLED")).toBe("Annulée");
  expect(statusLabel("SUBMITTED")).toBe("Envoyée");
});

test("writes instants in Paris time", () => {
  expect(parisDateTime("2026-12-03T09:05:00Z")).toBe("03/12/2026 à 10:05");
  expect(parisDateTime("2026-07-01T22:30:00Z")).toBe("02/07/2026 à 00:30");
});
