import type { ClaimEstimateInput, ClaimInput } from "@mrs/schema/patient";
import { parseAmount } from "./amount";
import type { ClaimFormValues, DocumentKind, FormCaisse, UploadedDocument } from "./form-values";
import { compactNir } from "./nir";

const cents = (raw: string): number => {
  const amount = parseAmount(raw);
  return amount.ok ? amount.cents : 0;
};

/**
 * The API input for checked form values. Fields of an unticked mode and documents the claim no
 * longer needs (another prescription kind, an unticked mode) are left out, as the API would.
 */
export function toClaimInput(
  values: ClaimFormValues,
  caisse: FormCaisse,
  documents: readonly UploadedDocument[],
): ClaimInput {
  const kind = values.prescriptionKind === "" ? "PMT" : values.prescriptionKind;
  const wanted = new Set<DocumentKind>();
  if (kind === "PMT") wanted.add("PRESCRIPTION");
  if (values.vehicle) wanted.add("VP_RECEIPT");
  if (values.publicTransport) wanted.add("ATP_RECEIPT");
  const phone = values.phone.trim();
  return {
    caisseId: caisse.id,
    patient: {
      nir: compactNir(values.nir),
      birthDate: values.birthDate,
      firstName: values.firstName.trim(),
      lastName: values.lastName.trim(),
      email: values.email.trim(),
      ...(phone === "" ? {} : { phone }),
    },
    prescription: {
      kind,
      ...(kind === "EPMT"
        ? { epmtNumber: values.epmtNumber.replace(/\s+/g, "").toUpperCase() }
        : {}),
      ...(kind === "CONVOCATION" ? { convocationDate: values.convocationDate } : {}),
    },
    trips: values.trips.map((trip) => ({
      outboundDate: trip.outboundDate,
      returnDate: trip.roundTrip ? trip.returnDate : null,
    })),
    vehicle: values.vehicle
      ? {
          distanceKm: Number(values.distanceKm.trim()),
          tollsCents: cents(values.tolls),
          parkingCents: caisse.parkingAllowed ? cents(values.parking) : 0,
        }
      : null,
    publicTransport: values.publicTransport
      ? { costCents: cents(values.publicTransportCost) }
      : null,
    attachmentIds: documents.filter((d) => wanted.has(d.kind)).map((d) => d.id),
    sworn: values.sworn,
  };
}

/** What the indicative estimate needs: the trips (for the rates' date) and the amounts. */
export function toEstimateInput(values: ClaimFormValues, caisse: FormCaisse): ClaimEstimateInput {
  const input = toClaimInput(values, caisse, []);
  return {
    trips: input.trips,
    distanceKm: input.vehicle?.distanceKm ?? 0,
    tollsCents: input.vehicle?.tollsCents ?? 0,
    parkingCents: input.vehicle?.parkingCents ?? 0,
    publicTransportCents: input.publicTransport?.costCents ?? 0,
  };
}
