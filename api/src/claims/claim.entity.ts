import { randomUUID } from "node:crypto";
import {
  Collection,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToMany,
  PrimaryKey,
  Property,
  OptionalProps,
} from "@mikro-orm/core";
import { Agent } from "../agents/agent.entity";
import { Caisse } from "../caisses/caisse.entity";
import { Patient } from "../patients/patient.entity";
import { Attachment } from "../attachments/attachment.entity";
import { ClaimEvent } from "./claim-event.entity";
import { ClaimStatus, PrescriptionKind } from "./claim-enums";
import { Trip } from "./trip.entity";

/**
 * A reimbursement request. Money is in integer cents; the fields of a transport mode are
 * null when the patient did not choose it. `version` is checked on every update by agents
 * (optimistic locking: a second concurrent action fails instead of overwriting).
 */
@Entity({ tableName: "claim" })
// The agents' queue is read newest first with (submitted_at, id) as the keyset cursor: each
// index below serves one shape of it (by status and caisse, by caisse, everything), so that
// any page is a range scan of the index, as cheap at page 1 000 as at page 1.
@Index({
  name: "claim_queue_index",
  expression:
    'create index "claim_queue_index" on "claim" ' +
    '("status", "caisse_id", "submitted_at" desc, "id" desc)',
})
@Index({
  name: "claim_caisse_queue_index",
  expression:
    'create index "claim_caisse_queue_index" on "claim" ("caisse_id", "submitted_at" desc, "id" desc)',
})
@Index({
  name: "claim_submitted_index",
  expression: 'create index "claim_submitted_index" on "claim" ("submitted_at" desc, "id" desc)',
})
// The dashboard's count of claims on hold, a small part of them.
@Index({
  name: "claim_on_hold_index",
  expression:
    'create index "claim_on_hold_index" on "claim" ("caisse_id", "status") where "on_hold"',
})
@Index({ properties: ["patient"] })
@Index({ properties: ["assignedAgent", "status"] })
export class Claim {
  [OptionalProps]?:
    | "status"
    | "onHold"
    | "updatedAt"
    | "version"
    | "conflictsKept"
    | "conflictsFixed"
    | "assignedAgent";

  @PrimaryKey({ type: "uuid" })
  id: string = randomUUID();

  /** Paris date YYYYMMDD + 4-digit daily sequence. */
  @Property({ type: "string", length: 12, unique: true })
  number!: string;

  @ManyToOne(() => Caisse)
  caisse!: Caisse;

  @ManyToOne(() => Patient)
  patient!: Patient;

  @Enum({ items: () => ClaimStatus, type: "string", length: 12 })
  status: ClaimStatus = ClaimStatus.SUBMITTED;

  @Property({ type: "boolean", default: false })
  onHold = false;

  @Property({ type: "text", nullable: true })
  holdReason: string | null = null;

  /** The agent who took the claim in charge; kept once the claim is decided, for the record. */
  @ManyToOne(() => Agent, { nullable: true, deleteRule: "set null" })
  assignedAgent: Agent | null = null;

  @Enum({ items: () => PrescriptionKind, type: "string", length: 12 })
  prescriptionKind!: PrescriptionKind;

  @Property({ type: "string", length: 14, nullable: true })
  epmtNumber: string | null = null;

  @Property({ type: "date", nullable: true })
  convocationDate: string | null = null;

  @Property({ type: "boolean" })
  usesVehicle!: boolean;

  @Property({ type: "boolean" })
  usesPublicTransport!: boolean;

  /** Total kilometres of all the trips. */
  @Property({ type: "integer", nullable: true })
  distanceKm: number | null = null;

  @Property({ type: "integer", nullable: true })
  tollsCents: number | null = null;

  @Property({ type: "integer", nullable: true })
  parkingCents: number | null = null;

  @Property({ type: "integer", nullable: true })
  publicTransportCents: number | null = null;

  @Property({ type: "smallint", default: 0 })
  conflictsKept = 0;

  @Property({ type: "smallint", default: 0 })
  conflictsFixed = 0;

  @Property({ type: "timestamptz" })
  submittedAt!: Date;

  @Property({ type: "timestamptz", defaultRaw: "now()", onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Property({ type: "integer", version: true })
  version!: number;

  /** What the patient typed, as received (after GraphQL typing), for the record. */
  @Property({ type: "jsonb" })
  snapshot!: Record<string, unknown>;

  /** SHA-256 of the token of the personal follow-up link; the token itself is never stored. */
  @Property({ type: "string", length: 64 })
  personalTokenHash!: string;

  @Property({ type: "timestamptz" })
  personalLinkExpiresAt!: Date;

  // Payment data, filled by the fund's back office after validation (SPEC 4.8).
  @Property({ type: "date", nullable: true })
  mandateDate: string | null = null;

  @Property({ type: "integer", nullable: true })
  paymentBaseCents: number | null = null;

  @Property({ type: "integer", nullable: true })
  paymentAmountCents: number | null = null;

  /** The patient switched from taxi to own vehicle (bascule). */
  @Property({ type: "boolean", nullable: true })
  shift: boolean | null = null;

  @Property({ type: "string", length: 9, nullable: true })
  finess: string | null = null;

  /** Prescriber's ADELI (9) or RPPS (11) identifier. */
  @Property({ type: "string", length: 11, nullable: true })
  adeli: string | null = null;

  @OneToMany(() => Trip, (trip) => trip.claim, { orderBy: { position: "asc" } })
  trips = new Collection<Trip>(this);

  @OneToMany(() => Attachment, (attachment) => attachment.claim, {
    orderBy: { createdAt: "asc", id: "asc" },
  })
  attachments = new Collection<Attachment>(this);

  @OneToMany(() => ClaimEvent, (event) => event.claim, { orderBy: { at: "asc", id: "asc" } })
  events = new Collection<ClaimEvent>(this);
}
