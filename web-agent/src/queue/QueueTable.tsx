import Link from "next/link";
import { Table } from "@codegouvfr/react-dsfr/Table";
import type { ClaimQueueQuery } from "@mrs/schema/agent";
import { ClaimStatusBadge } from "@/claim/ClaimStatusBadge";
import { formatInstant } from "@/claim/format";
import { queueMessages as m } from "./queue.messages";

type QueueClaim = ClaimQueueQuery["claims"]["edges"][number]["node"];

export type QueueTableProps = { claims: readonly QueueClaim[] };

export function QueueTable({ claims }: QueueTableProps) {
  const rows = claims.map((claim) => [
    <Link key="n" href={`/demandes/${claim.id}`}>
      {claim.number}
    </Link>,
    `${claim.patient.lastName.toUpperCase()} ${claim.patient.firstName}`,
    claim.caisse.number,
    formatInstant(claim.submittedAt),
    <ClaimStatusBadge key="s" status={claim.status} onHold={claim.onHold} />,
    m.conflictsKept(claim.conflictsKept),
  ]);
  return <Table caption={m.caption} headers={[...m.headers]} data={rows} />;
}
