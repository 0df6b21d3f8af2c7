import { z } from "zod";

/**
 * What the patient typed, read back from the claim's `snapshot` column (the submitted
 * ClaimInput as JSON). Parsed rather than cast: an old or hand-written row with a missing
 * part gives nulls instead of breaking the agent's page.
 */
const text = z.string().nullish().catch(null);
const integer = z.number().int().nullish().catch(null);

const snapshotSchema = z.object({
  patient: z
    .object({
      nir: text,
      birthDate: text,
      firstName: text,
      lastName: text,
      email: text,
      phone: text,
    })
    .nullish()
    .catch(null),
  prescription: z
    .object({ kind: text, epmtNumber: text, convocationDate: text })
    .nullish()
    .catch(null),
  trips: z
    .array(z.object({ outboundDate: z.string(), returnDate: z.string().nullish() }))
    .nullish()
    .catch(null),
  vehicle: z
    .object({ distanceKm: integer, tollsCents: integer, parkingCents: integer })
    .nullish()
    .catch(null),
  publicTransport: z.object({ costCents: integer }).nullish().catch(null),
});

export interface TypedSnapshot {
  nir: string | null;
  birthDate: string | null;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  phone: string | null;
  prescriptionKind: string | null;
  epmtNumber: string | null;
  convocationDate: string | null;
  trips: { outboundDate: string; returnDate: string | null }[];
  distanceKm: number | null;
  tollsCents: number | null;
  parkingCents: number | null;
  publicTransportCents: number | null;
}

export function readSnapshot(snapshot: unknown): TypedSnapshot {
  const data: z.infer<typeof snapshotSchema> = snapshotSchema.safeParse(snapshot).data ?? {};
  const { patient, prescription, vehicle } = data;
  return {
    nir: patient?.nir ?? null,
    birthDate: patient?.birthDate ?? null,
    firstName: patient?.firstName ?? null,
    lastName: patient?.lastName ?? null,
    email: patient?.email ?? null,
    phone: patient?.phone ?? null,
    prescriptionKind: prescription?.kind ?? null,
    epmtNumber: prescription?.epmtNumber ?? null,
    convocationDate: prescription?.convocationDate ?? null,
    trips: (data.trips ?? []).map((trip) => ({
      outboundDate: trip.outboundDate,
      returnDate: trip.returnDate ?? null,
    })),
    distanceKm: vehicle?.distanceKm ?? null,
    tollsCents: vehicle?.tollsCents ?? null,
    parkingCents: vehicle?.parkingCents ?? null,
    publicTransportCents: data.publicTransport?.costCents ?? null,
  };
}
