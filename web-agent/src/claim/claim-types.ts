import type { ClaimDetailQuery } from "@mrs/schema/agent";

/** The claim as the claim page reads it. */
export type ClaimDetail = NonNullable<ClaimDetailQuery["claim"]>;
export type ClaimReview = NonNullable<ClaimDetail["review"]>;
export type ClaimAttachment = ClaimDetail["attachments"][number];
