import { randomUUID } from "node:crypto";
import {
  Entity,
  Index,
  OneToOne,
  PrimaryKey,
  Property,
  type Rel,
  OptionalProps,
} from "@mikro-orm/core";
import { Claim } from "./claim.entity";

/**
 * A claim being filled in. Its bearer token (only the SHA-256 is kept) authorises the
 * uploads and the submission. Once submitted it points to its claim, so that a replayed
 * submission returns that claim instead of creating a second one.
 */
@Entity({ tableName: "claim_draft" })
@Index({ properties: ["expiresAt"] })
export class ClaimDraft {
  [OptionalProps]?: "createdAt" | "warnedConflicts" | "claim";

  @PrimaryKey({ type: "uuid" })
  id: string = randomUUID();

  @Property({ type: "string", length: 64, unique: true })
  tokenHash!: string;

  @Property({ type: "timestamptz", defaultRaw: "now()" })
  createdAt: Date = new Date();

  @Property({ type: "timestamptz" })
  expiresAt!: Date;

  @OneToOne(() => Claim, { nullable: true, unique: true, deleteRule: "set null" })
  claim: Rel<Claim> | null = null;

  /**
   * Conflicts already shown to the patient ("date|reason|claim" keys), to count at
   * submission how many the patient fixed (SPEC 4.5).
   */
  @Property({ type: "jsonb", default: "[]" })
  warnedConflicts: string[] = [];
}
