import { Attachment } from "../attachments/attachment.entity";
import { Caisse } from "../caisses/caisse.entity";
import { Claim } from "../claims/claim.entity";
import { ClaimDraft } from "../claims/claim-draft.entity";
import { ClaimEvent } from "../claims/claim-event.entity";
import { ClaimNumberDay } from "../claims/claim-number-day.entity";
import { Trip } from "../claims/trip.entity";
import { RateLimitCounter } from "../http/rate-limit.entity";
import { OutboxEmail } from "../notifications/outbox-email.entity";
import { Patient } from "../patients/patient.entity";

/** Every entity the ORM knows. Features add theirs here. */
export const entities = [
  Caisse,
  Patient,
  Claim,
  ClaimDraft,
  ClaimEvent,
  ClaimNumberDay,
  Trip,
  Attachment,
  OutboxEmail,
  RateLimitCounter,
];
