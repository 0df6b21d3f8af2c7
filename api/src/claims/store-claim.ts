import type { EntityManager } from "@mikro-orm/postgresql";
import { Attachment } from "../attachments/attachment.entity";
import type { Caisse } from "../caisses/caisse.entity";
import type { Config } from "../config/config";
import { enqueueEmail } from "../notifications/enqueue-email";
import { acknowledgementEmail } from "../notifications/templates";
import { upsertPatient } from "../patients/upsert-patient";
import { InputError, UnauthenticatedError } from "../graphql/errors";
import { parisDate } from "../shared/local-date";
import { hashToken } from "../shared/tokens";
import { Claim } from "./claim.entity";
import type { ClaimDraft } from "./claim-draft.entity";
import { ClaimEvent } from "./claim-event.entity";
import { ActorType, ClaimStatus } from "./claim-enums";
import { numberClaim, provisionalClaimNumber } from "./claim-number";
import { claimMessages } from "./messages";
import { cancellationUrl, followUpUrl } from "./personal-link";
import { Trip } from "./trip.entity";
import type { ValidClaim } from "./validate-claim-input";

export interface NewClaim {
  /** The draft as openDraft loaded it, not yet submitted then. */
  draft: ClaimDraft;
  caisse: Caisse;
  valid: ValidClaim;
  snapshot: Record<string, unknown>;
  conflictsKept: number;
  conflictsFixed: number;
  now: Date;
  config: Config;
  personalToken: (claimId: string) => string;
}

/**
 * What storeClaim did: the new claim, with everything its GraphQL view shows in memory (caisse,
 * patient, trips, documents, event), or the id of the claim a concurrent submission of the
 * same draft stored first.
 */
export type StoredClaim = { claim: Claim } | { existingId: string };

/**
 * Stores a validated claim in one transaction: patient, claim, trips, documents moved from
 * the draft, the SUBMITTED event and the acknowledgement e-mail. The draft row is locked
 * first, so that two concurrent submissions of one draft give one claim. The claim number is
 * taken last, just before commit (see numberClaim): its counter is the one row every
 * submission of the day writes.
 */
export async function storeClaim(em: EntityManager, data: NewClaim): Promise<StoredClaim> {
  return em.transactional(async (tx) => {
    // Only the lock and the one column a concurrent submission may have set are read again:
    // the entity loaded before is otherwise current, and is what the flush updates.
    const { draft } = data;
    const locked = await tx.execute<{ claim_id: string | null }[]>(
      "select claim_id from claim_draft where id = ? for update",
      [draft.id],
    );
    // Purged since openDraft (it expired meanwhile): the answer openDraft gives an expired one.
    if (locked[0] === undefined) throw new UnauthenticatedError(claimMessages.draftUnknown);
    if (locked[0].claim_id !== null) return { existingId: locked[0].claim_id };

    const { valid, now, config } = data;
    const patient = await upsertPatient(tx, valid.patient);
    const claim = tx.create(Claim, {
      number: provisionalClaimNumber(),
      caisse: data.caisse,
      patient,
      status: ClaimStatus.SUBMITTED,
      prescriptionKind: valid.prescription.kind,
      epmtNumber: valid.prescription.epmtNumber,
      convocationDate: valid.prescription.convocationDate,
      usesVehicle: valid.vehicle !== null,
      usesPublicTransport: valid.publicTransport !== null,
      distanceKm: valid.vehicle?.distanceKm ?? null,
      tollsCents: valid.vehicle?.tollsCents ?? null,
      parkingCents: valid.vehicle?.parkingCents ?? null,
      publicTransportCents: valid.publicTransport?.costCents ?? null,
      conflictsKept: data.conflictsKept,
      conflictsFixed: data.conflictsFixed,
      submittedAt: now,
      snapshot: data.snapshot,
      personalTokenHash: "",
      personalLinkExpiresAt: new Date(now.getTime() + config.PERSONAL_LINK_TTL_DAYS * 86_400_000),
    });
    const token = data.personalToken(claim.id);
    claim.personalTokenHash = hashToken(token);
    valid.trips.forEach((trip, position) => tx.create(Trip, { claim, position, ...trip }));
    const documents = await tx.find(
      Attachment,
      { id: { $in: valid.attachmentIds }, draft },
      { orderBy: { createdAt: "asc", id: "asc" } }, // the order of Claim.attachments
    );
    // Checked before the transaction; a document removed since then must not vanish silently.
    if (documents.length !== valid.attachmentIds.length) {
      throw new InputError("attachmentIds", claimMessages.attachmentUnknown);
    }
    for (const document of documents) document.claim = claim;
    draft.claim = claim;

    const email = enqueueEmail(tx, {
      kind: "ACKNOWLEDGEMENT",
      claimId: claim.id,
      recipient: patient.email,
      replyTo: data.caisse.processingEmail,
      ...acknowledgementEmail({
        firstName: patient.firstName,
        claimNumber: claim.number,
        caisseName: data.caisse.name,
        trips: valid.trips,
        distanceKm: claim.distanceKm,
        publicTransportCents: claim.publicTransportCents,
        followUpUrl: followUpUrl(config, claim.id, token),
        cancellationUrl: cancellationUrl(config, claim.id, token),
      }),
    });
    tx.create(ClaimEvent, {
      claim,
      at: now,
      type: "SUBMITTED",
      actorType: ActorType.PATIENT,
      actorId: patient.id,
      after: { status: ClaimStatus.SUBMITTED },
      emailId: email.id,
    });
    await tx.flush();
    await numberClaim(tx, claim, parisDate(now), [email.id]);
    return { claim };
  });
}
