// What the patient types, kept as typed (strings), so that a reload restores the form exactly.
// Conversion to the API's types happens once, in claim-input.ts.

export type PrescriptionChoice = "PMT" | "EPMT" | "CONVOCATION";
export type DocumentKind = "PRESCRIPTION" | "VP_RECEIPT" | "ATP_RECEIPT";

export interface TripValues {
  /** Stable React key, not sent. */
  key: string;
  outboundDate: string;
  roundTrip: boolean;
  returnDate: string;
}

export interface ClaimFormValues {
  caisseId: string;
  prescriptionKind: PrescriptionChoice | "";
  epmtNumber: string;
  convocationDate: string;
  nir: string;
  birthDate: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  trips: TripValues[];
  vehicle: boolean;
  distanceKm: string;
  tolls: string;
  parking: string;
  publicTransport: boolean;
  publicTransportCost: string;
  sworn: boolean;
}

/** A document accepted by the API for the current draft. */
export interface UploadedDocument {
  id: string;
  kind: DocumentKind;
  fileName: string;
  sizeBytes: number;
}

/** A caisse as the form needs it: its options decide which fields are offered. */
export interface FormCaisse {
  id: string;
  number: string;
  name: string;
  convocationAllowed: boolean;
  parkingAllowed: boolean;
}

let tripCounter = 0;

/** Unique enough for list keys; crypto.randomUUID is missing outside secure contexts. */
export function newTrip(outboundDate = "", roundTrip = true, returnDate = ""): TripValues {
  tripCounter += 1;
  return {
    key: `t${Date.now().toString(36)}${tripCounter}`,
    outboundDate,
    roundTrip,
    returnDate,
  };
}

export function emptyValues(): ClaimFormValues {
  return {
    caisseId: "",
    prescriptionKind: "",
    epmtNumber: "",
    convocationDate: "",
    nir: "",
    birthDate: "",
    firstName: "",
    lastName: "",
    email: "",
    phone: "",
    trips: [newTrip()],
    vehicle: false,
    distanceKm: "",
    tolls: "",
    parking: "",
    publicTransport: false,
    publicTransportCost: "",
    sworn: false,
  };
}

/**
 * DOM id of the input of a field path (the API's dotted paths, plus a few of the form's own,
 * like `documents.PRESCRIPTION`), so that error summaries can link to it.
 */
export function fieldId(field: string): string {
  return `champ-${field.replace(/\./g, "-")}`;
}
