import { toClaimInput, toEstimateInput } from "./claim-input";
import { emptyValues, newTrip, type ClaimFormValues, type FormCaisse } from "./form-values";
import { checkAll, checkStep, type CheckContext } from "./validate-steps";

const caisse: FormCaisse = {
  id: "c-311",
  number: "311",
  name: "CPAM de la Haute-Garonne",
  convocationAllowed: false,
  parkingAllowed: true,
};

const ctx = (overrides: Partial<CheckContext> = {}): CheckContext => ({
  caisse,
  today: "2026-12-03",
  documents: [
    { id: "d-1", kind: "PRESCRIPTION", fileName: "pmt.jpg", sizeBytes: 10 },
    { id: "d-2", kind: "VP_RECEIPT", fileName: "peage.png", sizeBytes: 10 },
  ],
  uploading: [],
  ...overrides,
});

const complete = (): ClaimFormValues => ({
  ...emptyValues(),
  caisseId: caisse.id,
  prescriptionKind: "PMT",
  nir: "2 68 02 31 555 042 23",
  birthDate: "1968-02-14",
  firstName: "Élodie",
  lastName: "D’Almeida-Roux",
  email: "elodie@example.org",
  phone: "06 12 34 56 78",
  trips: [newTrip("2026-11-02", true, "2026-11-02"), newTrip("2026-11-05", false)],
  vehicle: true,
  distanceKm: "160",
  tolls: "6,40",
  sworn: true,
});

const fields = (issues: { field: string }[]) => issues.map((issue) => issue.field);

test("a complete claim passes every step", () => {
  expect(checkAll(complete(), ctx())).toEqual([]);
});

test("a round trip cannot go without its return date", () => {
  const values = { ...complete(), trips: [newTrip("2026-11-02", true, "")] };
  expect(checkStep(4, values, ctx())).toEqual([
    {
      field: "trips.0.returnDate",
      message: "Indiquez la date du retour, ou décochez « Aller-retour ».",
    },
  ]);
});

test("trip dates: not in the future, return not before outbound", () => {
  const values = {
    ...complete(),
    trips: [
      newTrip("2026-12-04", false),
      newTrip("2026-11-10", true, "2026-11-09"),
      newTrip("", false),
    ],
  };
  expect(fields(checkStep(4, values, ctx()))).toEqual([
    "trips.0.outboundDate",
    "trips.1.returnDate",
    "trips.2.outboundDate",
  ]);
  expect(fields(checkStep(4, { ...complete(), trips: [] }, ctx()))).toEqual(["trips"]);
});

test("trip dates: past the claim deadline on the trips step, naming the last valid day", () => {
  // Trips of the third quarter of 2024 could be claimed until 30/09/2026; of the fourth, until
  // 31/12/2026 (today is 03/12/2026).
  const values = {
    ...complete(),
    trips: [newTrip("2024-09-30", false), newTrip("2024-10-01", false)],
  };
  const issues = checkStep(4, values, ctx());
  expect(fields(issues)).toEqual(["trips.0.outboundDate"]);
  expect(issues[0]?.message).toBe(
    "Le trajet du 30/09/2024 ne peut plus être remboursé : la demande devait être déposée au " +
      "plus tard le 30/09/2026 (deux ans à compter du premier jour du trimestre suivant le trajet).",
  );
});

test("identity: NIR key, birth date, names, e-mail, optional phone", () => {
  const values = {
    ...complete(),
    nir: "268023155504224",
    birthDate: "2027-01-01",
    firstName: "Élodie 2",
    lastName: "",
    email: "elodie@",
    phone: "12",
  };
  expect(fields(checkStep(3, values, ctx()))).toEqual([
    "patient.nir",
    "patient.birthDate",
    "patient.firstName",
    "patient.lastName",
    "patient.email",
    "patient.phone",
  ]);
  expect(checkStep(3, { ...complete(), phone: "" }, ctx())).toEqual([]);
});

test("identity: a missing first name and a missing last name read differently in the summary", () => {
  const problems = checkStep(3, { ...complete(), firstName: " ", lastName: "" }, ctx());
  expect(problems.map((problem) => problem.message)).toEqual([
    "Indiquez le prénom.",
    "Indiquez le nom de famille.",
  ]);
});

test("prescription: file for a PMT, 14 characters for an ePMT, convocation if allowed", () => {
  expect(fields(checkStep(2, complete(), ctx({ documents: [] })))).toEqual([
    "documents.PRESCRIPTION",
  ]);
  expect(fields(checkStep(2, complete(), ctx({ uploading: ["PRESCRIPTION"] })))).toEqual([
    "documents.PRESCRIPTION",
  ]);
  const epmt = {
    ...complete(),
    prescriptionKind: "EPMT" as const,
    epmtNumber: "AB12 3456 7890 12",
  };
  expect(checkStep(2, epmt, ctx({ documents: [] }))).toEqual([]);
  expect(fields(checkStep(2, { ...epmt, epmtNumber: "AB123" }, ctx()))).toEqual([
    "prescription.epmtNumber",
  ]);
  const convocation = {
    ...complete(),
    prescriptionKind: "CONVOCATION" as const,
    convocationDate: "2026-11-01",
  };
  expect(fields(checkStep(2, convocation, ctx()))).toEqual(["prescription.kind"]);
  expect(
    checkStep(2, convocation, ctx({ caisse: { ...caisse, convocationAllowed: true } })),
  ).toEqual([]);
});

test("expenses: a mode, the distance, amounts and the receipts they need", () => {
  const none = { ...complete(), vehicle: false, publicTransport: false };
  expect(fields(checkStep(5, none, ctx()))).toEqual(["modes"]);
  const bad = { ...complete(), distanceKm: "0", tolls: "6,405", parking: "abc" };
  expect(fields(checkStep(5, bad, ctx()))).toEqual([
    "vehicle.distanceKm",
    "vehicle.tollsCents",
    "vehicle.parkingCents",
  ]);
  expect(fields(checkStep(5, complete(), ctx({ documents: [] })))).toEqual([
    "documents.VP_RECEIPT",
  ]);
  expect(checkStep(5, { ...complete(), tolls: "" }, ctx({ documents: [] }))).toEqual([]);
  const train = { ...complete(), vehicle: false, publicTransport: true, publicTransportCost: "" };
  expect(fields(checkStep(5, train, ctx()))).toEqual([
    "publicTransport.costCents",
    "documents.ATP_RECEIPT",
  ]);
});

test("the sworn statement is required", () => {
  expect(fields(checkStep(6, { ...complete(), sworn: false }, ctx()))).toEqual(["sworn"]);
});

describe("toClaimInput", () => {
  test("sends integer cents, a compact NIR and only the documents still needed", () => {
    const values = {
      ...complete(),
      tolls: "6,4",
      publicTransport: false,
      publicTransportCost: "23,80",
    };
    const documents = [
      ...ctx().documents,
      { id: "d-3", kind: "ATP_RECEIPT" as const, fileName: "train.pdf", sizeBytes: 1 },
    ];
    expect(toClaimInput(values, caisse, documents)).toEqual({
      caisseId: "c-311",
      patient: {
        nir: "268023155504223",
        birthDate: "1968-02-14",
        firstName: "Élodie",
        lastName: "D’Almeida-Roux",
        email: "elodie@example.org",
        phone: "06 12 34 56 78",
      },
      prescription: { kind: "PMT" },
      trips: [
        { outboundDate: "2026-11-02", returnDate: "2026-11-02" },
        { outboundDate: "2026-11-05", returnDate: null },
      ],
      vehicle: { distanceKm: 160, tollsCents: 640, parkingCents: 0 },
      publicTransport: null,
      attachmentIds: ["d-1", "d-2"],
      sworn: true,
    });
  });

  test("drops parking when the caisse does not pay it, and the phone when empty", () => {
    const values = { ...complete(), parking: "4,50", phone: " " };
    const input = toClaimInput(values, { ...caisse, parkingAllowed: false }, ctx().documents);
    expect(input.vehicle?.parkingCents).toBe(0);
    expect(input.patient).not.toHaveProperty("phone");
  });

  test("gives the estimate the trips and the amounts of the ticked modes only", () => {
    const values = { ...complete(), parking: "4,5", publicTransportCost: "23,80" };
    expect(toEstimateInput(values, caisse)).toEqual({
      trips: [
        { outboundDate: "2026-11-02", returnDate: "2026-11-02" },
        { outboundDate: "2026-11-05", returnDate: null },
      ],
      distanceKm: 160,
      tollsCents: 640,
      parkingCents: 450,
      publicTransportCents: 0,
    });
  });
});
