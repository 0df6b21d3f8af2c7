import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { Agent } from "../../agents/agent.entity";
import { Attachment } from "../../attachments/attachment.entity";
import type { AttachmentKind } from "../../attachments/attachment-kind";
import { newStorageKey, type FileStorage } from "../../attachments/storage";
import type { Caisse } from "../../caisses/caisse.entity";
import { nameKey } from "../../patients/person-name";
import { upsertPatient } from "../../patients/upsert-patient";
import { parisDate } from "../../shared/local-date";
import { hashToken, newToken } from "../../shared/tokens";
import { Claim } from "../claim.entity";
import { ClaimDraft } from "../claim-draft.entity";
import { ClaimEvent } from "../claim-event.entity";
import { ActorType, ClaimStatus, PrescriptionKind } from "../claim-enums";
import { numberClaim, provisionalClaimNumber } from "../claim-number";
import { Trip } from "../trip.entity";

export interface SeedDocument {
  kind: AttachmentKind;
  fileName: string;
  contentType: "image/jpeg" | "image/png" | "application/pdf";
  data: Buffer;
}

/** A claim as it would be after its history, for demo data and tests. */
export interface ClaimSeed {
  caisse: Caisse;
  status: ClaimStatus;
  submittedAt: Date;
  patient: {
    nir: string;
    nirKey: string;
    birthDate: string;
    firstName: string;
    lastName: string;
    email: string;
  };
  trips: { outboundDate: string; returnDate: string | null }[];
  distanceKm?: number | null;
  tollsCents?: number | null;
  parkingCents?: number | null;
  publicTransportCents?: number | null;
  /** Written as is, without an event: for tests. Demo data goes through putOnHold. */
  onHold?: boolean;
  holdReason?: string | null;
  conflictsKept?: number;
  /** The agent who took it; required for IN_PROGRESS and later agent statuses. */
  agentId?: string | null;
  documents?: SeedDocument[];
}

/**
 * Writes a claim directly in the state `seed.status` describes, with the events that lead
 * there, its trips and its documents (stored through the real storage). The caller's
 * transaction makes it all or nothing. It bypasses the submission checks: only for demo data
 * and tests, whose values are valid by construction.
 */
export async function insertClaim(
  tx: EntityManager,
  storage: FileStorage,
  seed: ClaimSeed,
): Promise<Claim> {
  const patient = await upsertPatient(tx, {
    ...seed.patient,
    firstNameKey: nameKey(seed.patient.firstName),
    phone: null,
  });
  const at = seed.submittedAt;
  const usesVehicle = (seed.distanceKm ?? null) !== null;
  const claim = tx.create(Claim, {
    number: provisionalClaimNumber(),
    caisse: seed.caisse,
    patient,
    status: seed.status,
    onHold: seed.onHold ?? false,
    holdReason: seed.holdReason ?? null,
    assignedAgent: seed.agentId ? tx.getReference<Agent>("Agent", seed.agentId) : null,
    prescriptionKind: PrescriptionKind.PMT,
    usesVehicle,
    usesPublicTransport: (seed.publicTransportCents ?? null) !== null,
    distanceKm: seed.distanceKm ?? null,
    tollsCents: seed.tollsCents ?? null,
    parkingCents: seed.parkingCents ?? null,
    publicTransportCents: seed.publicTransportCents ?? null,
    conflictsKept: seed.conflictsKept ?? 0,
    submittedAt: at,
    snapshot: snapshotOf(seed),
    personalTokenHash: hashToken(newToken()),
    personalLinkExpiresAt: new Date(at.getTime() + 365 * 86_400_000),
  });
  seed.trips.forEach((trip, position) => tx.create(Trip, { claim, position, ...trip }));
  const draft = tx.create(ClaimDraft, {
    tokenHash: hashToken(newToken()),
    createdAt: at,
    expiresAt: at,
    claim,
  });
  for (const [index, document] of (seed.documents ?? []).entries()) {
    const storageKey = newStorageKey(at);
    await storage.put(storageKey, { stream: Readable.from(document.data) });
    tx.create(Attachment, {
      draft,
      claim,
      kind: document.kind,
      fileName: document.fileName,
      contentType: document.contentType,
      sizeBytes: document.data.length,
      sha256: createHash("sha256").update(document.data).digest("hex"),
      storageKey,
      // One millisecond apart: documents are listed in the order they were given.
      createdAt: new Date(at.getTime() + index),
    });
  }
  for (const [index, event] of historyOf(seed).entries()) {
    tx.create(ClaimEvent, {
      claim,
      at: new Date(at.getTime() + index * 3_600_000),
      type: event.type,
      actorType: event.actor,
      actorId: event.actor === ActorType.PATIENT ? patient.id : (seed.agentId ?? null),
      after: { status: event.status },
    });
  }
  await tx.flush();
  await numberClaim(tx, claim, parisDate(at));
  return claim;
}

function historyOf(seed: ClaimSeed) {
  const { PATIENT, AGENT } = ActorType;
  const step = (type: string, actor: ActorType, status: ClaimStatus) => ({ type, actor, status });
  const submitted = step("SUBMITTED", PATIENT, ClaimStatus.SUBMITTED);
  const taken = step("TAKEN", AGENT, ClaimStatus.IN_PROGRESS);
  switch (seed.status) {
    case ClaimStatus.SUBMITTED:
      return [submitted];
    case ClaimStatus.CANCELLED:
      return [submitted, step("CANCELLED", PATIENT, ClaimStatus.CANCELLED)];
    case ClaimStatus.IN_PROGRESS:
      return [submitted, taken];
    case ClaimStatus.VALIDATED:
      return [submitted, taken, step("VALIDATED", AGENT, ClaimStatus.VALIDATED)];
    case ClaimStatus.REJECTED:
      return [submitted, taken, step("REJECTED", AGENT, ClaimStatus.REJECTED)];
  }
}

/** The ClaimInput the patient would have typed, as submitClaim stores it. */
function snapshotOf(seed: ClaimSeed): Record<string, unknown> {
  const { patient } = seed;
  return {
    caisseId: seed.caisse.id,
    patient: {
      nir: patient.nir + patient.nirKey,
      birthDate: patient.birthDate,
      firstName: patient.firstName,
      lastName: patient.lastName,
      email: patient.email,
    },
    prescription: { kind: PrescriptionKind.PMT },
    trips: seed.trips,
    vehicle:
      seed.distanceKm == null
        ? null
        : {
            distanceKm: seed.distanceKm,
            tollsCents: seed.tollsCents ?? null,
            parkingCents: seed.parkingCents ?? null,
          },
    publicTransport:
      seed.publicTransportCents == null ? null : { costCents: seed.publicTransportCents },
    attachmentIds: [],
    sworn: true,
  };
}
