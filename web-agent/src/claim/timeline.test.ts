import { eventDetails } from "./timeline";

test("a correction shows each value before → after", () => {
  expect(
    eventDetails({
      type: "CORRECTED",
      before: { nir: "268023155504223", distanceKm: 42, patientId: "p1" },
      after: { nir: "168023155504244", distanceKm: 50, patientId: "p2" },
    }),
  ).toEqual([
    "NIR : 2 68 02 31 555 042 23 → 1 68 02 31 555 042 44",
    "Distance totale : 42 km → 50 km",
  ]);
  expect(
    eventDetails({
      type: "CORRECTED",
      before: { birthDate: "1968-02-14", firstName: "Lucie" },
      after: { birthDate: "1968-02-15", firstName: "Lucile" },
    }),
  ).toEqual(["Date de naissance : 14/02/1968 → 15/02/1968", "Prénom : Lucie → Lucile"]);
});

test("a message shows its subject, a hold its reason", () => {
  expect(
    eventDetails({
      type: "PATIENT_CONTACTED",
      before: null,
      after: { subject: "Pièce manquante" },
    }),
  ).toEqual(["Objet : Pièce manquante"]);
  expect(eventDetails({ type: "ON_HOLD", before: null, after: { reason: "Photo floue" } })).toEqual(
    ["Motif : Photo floue"],
  );
});

test("events without details, or of an unexpected shape, show none", () => {
  expect(eventDetails({ type: "TAKEN", before: null, after: { status: "IN_PROGRESS" } })).toEqual(
    [],
  );
  expect(eventDetails({ type: "ON_HOLD", before: null, after: { reason: 12 } })).toEqual([]);
  expect(
    eventDetails({ type: "CORRECTED", before: null, after: { firstName: { odd: true } } }),
  ).toEqual(["Prénom : — → —"]);
});
