import Link from "next/link";
import { fr } from "@codegouvfr/react-dsfr";
import { Table } from "@codegouvfr/react-dsfr/Table";
import type { ClaimQueueQuery } from "@mrs/schema/agent";
import { ClaimStatusBadge } from "@/claim/ClaimStatusBadge";
import { formatInstant } from "@/claim/format";
import { bulkMessages } from "./bulk.messages";
import { queueMessages as m } from "./queue.messages";
import type { Selection } from "./selection";

export type QueueClaim = ClaimQueueQuery["claims"]["edges"][number]["node"];

export type QueueTableProps = {
  claims: readonly QueueClaim[];
  /** Ticking claims for a bulk action; absent for agents who may not act. */
  selection?: { selected: Selection; onToggle: (id: string) => void };
};

export function QueueTable({ claims, selection }: QueueTableProps) {
  const rows = claims.map((claim) => [
    ...(selection
      ? [
          <SelectBox
            key="c"
            id={`selection-${claim.id}`}
            label={bulkMessages.selectClaim(claim.number)}
            checked={selection.selected.has(claim.id)}
            onChange={() => selection.onToggle(claim.id)}
          />,
        ]
      : []),
    <Link key="n" href={`/demandes/${claim.id}`}>
      {claim.number}
    </Link>,
    `${claim.patient.lastName.toUpperCase()} ${claim.patient.firstName}`,
    claim.caisse.number,
    formatInstant(claim.submittedAt),
    <ClaimStatusBadge key="s" status={claim.status} onHold={claim.onHold} />,
    m.conflictsKept(claim.conflictsKept),
  ]);
  const headers = [...(selection ? [bulkMessages.selectionHeader] : []), ...m.headers];
  return <Table caption={m.caption} headers={headers} data={rows} />;
}

export type SelectBoxProps = {
  id: string;
  /** Read by screen readers; the box alone shows on screen, unless `visibleLabel`. */
  label: string;
  visibleLabel?: boolean;
  checked: boolean;
  onChange: () => void;
};

/** A DSFR check box (the box is drawn by its label), keyboard operable like any input. */
export function SelectBox({ id, label, visibleLabel = false, checked, onChange }: SelectBoxProps) {
  return (
    <div className={fr.cx("fr-checkbox-group", "fr-checkbox-group--sm")}>
      <input type="checkbox" id={id} checked={checked} onChange={onChange} />
      <label className={fr.cx("fr-label")} htmlFor={id}>
        <span className={visibleLabel ? undefined : fr.cx("fr-sr-only")}>{label}</span>
      </label>
    </div>
  );
}
