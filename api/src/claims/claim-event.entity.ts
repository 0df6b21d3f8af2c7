import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  type Rel,
  OptionalProps,
} from "@mikro-orm/core";
import { Claim } from "./claim.entity";
import { ActorType } from "./claim-enums";

/** The audit trail of a claim: appended by every change, never updated nor deleted. */
@Entity({ tableName: "claim_event" })
@Index({ properties: ["claim", "at"] })
@Index({ properties: ["type", "at"] })
export class ClaimEvent {
  [OptionalProps]?: "id" | "before" | "after" | "actorId" | "emailId";

  /** A sequence, so that events of the same instant keep their order of writing. */
  @PrimaryKey({ type: "bigint", autoincrement: true })
  id!: string;

  @ManyToOne(() => Claim, { deleteRule: "cascade" })
  claim!: Rel<Claim>;

  @Property({ type: "timestamptz" })
  at!: Date;

  /** What happened: SUBMITTED, CANCELLED, TAKEN… */
  @Property({ type: "string", length: 40 })
  type!: string;

  @Enum({ items: () => ActorType, type: "string", length: 10 })
  actorType!: ActorType;

  /** Patient, agent or partner id; null for the system. */
  @Property({ type: "uuid", nullable: true })
  actorId: string | null = null;

  @Property({ type: "jsonb", nullable: true })
  before: Record<string, unknown> | null = null;

  @Property({ type: "jsonb", nullable: true })
  after: Record<string, unknown> | null = null;

  /** The e-mail this change sent to the patient, if any (outbox row). */
  @Property({ type: "uuid", nullable: true })
  emailId: string | null = null;
}
