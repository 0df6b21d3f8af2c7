import { eventLabel, parisDateTime, statusLabel } from "./claim-labels";

test("labels events in French, with who acted", () => {
  expect(eventLabel("SUBMITTED", "PATIENT")).toBe("Demande envoyée par vous");
  expect(eventLabel("CANCELLED", "PATIENT")).toBe("Demande annulée par vous");
  expect(eventLabel("SOMETHING_NEW", "ROBOT")).toBe("Mise à jour de la demande");
  // The agents' actions say who acted once, and use the API's own event types.
  expect(eventLabel("TAKEN", "AGENT")).toBe("Demande prise en charge par votre caisse");
  expect(eventLabel("PAYMENT_RECORDED", "AGENT")).toBe("Paiement ordonné par votre caisse");
  expect(eventLabel("PATIENT_CONTACTED", "AGENT")).toBe("Message envoyé par votre caisse");
});

test("labels statuses", () => {
  expect(statusLabel("CANCELLED")).toBe("Annulée");
  expect(statusLabel("SUBMITTED")).toBe("Envoyée");
});

test("writes instants in Paris time", () => {
  expect(parisDateTime("2026-12-03T09:05:00Z")).toBe("03/12/2026 à 10:05");
  expect(parisDateTime("2026-07-01T22:30:00Z")).toBe("02/07/2026 à 00:30");
});
