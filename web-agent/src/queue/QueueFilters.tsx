"use client";

import type { FormEvent } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { CLAIM_STATUSES, isClaimStatus } from "@/claim/claim-status";
import { claimMessages } from "@/claim/claim.messages";
import { useSignedInAgent } from "@/session/signed-in-agent";
import type { QueueState } from "./queue-query";
import { queueMessages as m } from "./queue.messages";

type Filters = Omit<QueueState, "after" | "previous">;

export type QueueFiltersProps = { state: QueueState; onApply: (filters: Filters) => void };

function yesNoValue(value: boolean | null): string {
  return value === null ? "" : value ? "oui" : "non";
}

function readYesNo(value: FormDataEntryValue | null): boolean | null {
  return value === "oui" ? true : value === "non" ? false : null;
}

/** The queue's filters; applying them writes them in the address (see queue-query.ts). */
export function QueueFilters({ state, onApply }: QueueFiltersProps) {
  const agent = useSignedInAgent();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const date = (name: string) => String(form.get(name) ?? "") || null;
    const caisse = String(form.get("caisse") ?? "");
    onApply({
      statuses: form.getAll("statut").map(String).filter(isClaimStatus),
      caisseIds: caisse === "" ? [] : [caisse],
      submittedFrom: date("du"),
      submittedTo: date("au"),
      onHold: readYesNo(form.get("attente")),
      hasConflicts: readYesNo(form.get("conflits")),
    });
  };
  const clear = () =>
    onApply({
      statuses: [],
      caisseIds: [],
      submittedFrom: null,
      submittedTo: null,
      onHold: null,
      hasConflicts: null,
    });

  return (
    <form onSubmit={submit} aria-labelledby="filtres-titre">
      <h2 id="filtres-titre" className={fr.cx("fr-h5")}>
        {m.filters}
      </h2>
      <Checkbox
        legend={m.statuses}
        small
        options={CLAIM_STATUSES.map((status) => ({
          label: claimMessages.status[status],
          nativeInputProps: {
            name: "statut",
            value: status,
            defaultChecked: state.statuses.includes(status),
          },
        }))}
      />
      <Select
        label={m.caisse}
        nativeSelectProps={{ name: "caisse", defaultValue: state.caisseIds[0] ?? "" }}
      >
        <option value="">{m.allCaisses}</option>
        {agent.caisses.map((caisse) => (
          <option key={caisse.id} value={caisse.id}>
            {caisse.number} — {caisse.name}
          </option>
        ))}
      </Select>
      <Input
        label={m.from}
        nativeInputProps={{ name: "du", type: "date", defaultValue: state.submittedFrom ?? "" }}
      />
      <Input
        label={m.to}
        nativeInputProps={{ name: "au", type: "date", defaultValue: state.submittedTo ?? "" }}
      />
      {(
        [
          ["attente", m.onHold, state.onHold],
          ["conflits", m.conflicts, state.hasConflicts],
        ] as const
      ).map(([name, label, value]) => (
        <Select
          key={name}
          label={label}
          nativeSelectProps={{ name, defaultValue: yesNoValue(value) }}
        >
          <option value="">{m.any}</option>
          <option value="oui">{m.yes}</option>
          <option value="non">{m.no}</option>
        </Select>
      ))}
      <ul className={fr.cx("fr-btns-group", "fr-btns-group--sm")}>
        <li>
          <Button type="submit">{m.apply}</Button>
        </li>
        <li>
          <Button type="button" priority="tertiary" onClick={clear}>
            {m.clear}
          </Button>
        </li>
      </ul>
    </form>
  );
}
