import { randomUUID } from "node:crypto";
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
import { Claim } from "../claims/claim.entity";
import { ClaimDraft } from "../claims/claim-draft.entity";
import { AttachmentKind } from "./attachment-kind";

/**
 * An uploaded document. It belongs to the draft it was uploaded with, then also to the
 * claim once submitted. Documents never attached to a claim are purged after 24 hours.
 */
@Entity({ tableName: "attachment" })
// The 24-hour purge looks only at documents not attached to a claim.
@Index({
  name: "attachment_unclaimed_index",
  expression:
    'create index "attachment_unclaimed_index" on "attachment" ("created_at") ' +
    'where "claim_id" is null',
})
export class Attachment {
  [OptionalProps]?: "createdAt" | "claim";

  @PrimaryKey({ type: "uuid" })
  id: string = randomUUID();

  @ManyToOne(() => ClaimDraft, { deleteRule: "cascade", index: true })
  draft!: Rel<ClaimDraft>;

  @ManyToOne(() => Claim, { nullable: true, deleteRule: "cascade", index: true })
  claim: Rel<Claim> | null = null;

  @Enum({ items: () => AttachmentKind, type: "string", length: 12 })
  kind!: AttachmentKind;

  /** The name the patient's device gave, sanitised (never used as a path). */
  @Property({ type: "string", length: 255 })
  fileName!: string;

  /** Detected from the content: image/jpeg, image/png or application/pdf. */
  @Property({ type: "string", length: 40 })
  contentType!: string;

  @Property({ type: "integer" })
  sizeBytes!: number;

  @Property({ type: "string", length: 64 })
  sha256!: string;

  @Property({ type: "string", length: 200 })
  storageKey!: string;

  @Property({ type: "timestamptz", defaultRaw: "now()" })
  createdAt: Date = new Date();
}
