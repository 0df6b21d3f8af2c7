import { AgentSession } from "../agents/agent-session.entity";
import { Agent } from "../agents/agent.entity";
import { PasswordToken } from "../agents/password-token.entity";
import { Attachment } from "../attachments/attachment.entity";
import { Caisse } from "../caisses/caisse.entity";
import { Claim } from "../claims/claim.entity";
import { ClaimDraft } from "../claims/claim-draft.entity";
import { ClaimEvent } from "../claims/claim-event.entity";
import { ClaimNumberDay } from "../claims/claim-number-day.entity";
import { Trip } from "../claims/trip.entity";
import { OutboxEmail } from "../notifications/outbox-email.entity";
import { Patient } from "../patients/patient.entity";
import { RateLimit } from "../rate-limits/rate-limit.entity";
import { Tariff } from "../tariffs/tariff.entity";
import { MessageTemplate } from "../templates/message-template.entity";

/** Every entity the ORM knows. Features add theirs here. */
export const entities = [
  Caisse,
  Agent,
  AgentSession,
  PasswordToken,
  MessageTemplate,
  Patient,
  Claim,
  ClaimDraft,
  ClaimEvent,
  ClaimNumberDay,
  Trip,
  Attachment,
  OutboxEmail,
  RateLimit,
  Tariff,
];
