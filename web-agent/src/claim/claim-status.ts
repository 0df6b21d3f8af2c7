/** The claim statuses of the contract (SPEC 4.4), in the order of the status machine. */
export const CLAIM_STATUSES = [
  "SUBMITTED",
  "IN_PROGRESS",
  "VALIDATED",
  "REJECTED",
  "CANCELLED",
] as const;

export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export function isClaimStatus(value: string): value is ClaimStatus {
  return (CLAIM_STATUSES as readonly string[]).includes(value);
}
