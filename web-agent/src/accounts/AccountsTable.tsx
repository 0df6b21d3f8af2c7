"use client";

import { fr } from "@codegouvfr/react-dsfr";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Table } from "@codegouvfr/react-dsfr/Table";
import { formatInstant } from "@/claim/format";
import { displayName, sortedRoles } from "./account-form";
import type { Account } from "./account-types";
import { accountsMessages as m } from "./accounts.messages";

export type AccountAction = "edit" | "deactivate" | "reactivate" | "resend";

export type AccountsTableProps = {
  accounts: readonly Account[];
  /** The signed-in administrator: their own account cannot be deactivated from here. */
  selfId: string;
  onAction: (account: Account, action: AccountAction) => void;
};

/** One row per account: who, what roles and caisses, whether it may sign in, and actions. */
export function AccountsTable({ accounts, selfId, onAction }: AccountsTableProps) {
  const rows = accounts.map((account) => {
    const name = displayName(account);
    const self = account.id === selfId;
    const national = account.roles.includes("NATIONAL_ADMIN");
    // The visible label stays short; screen readers hear whose account the button acts on.
    const button = (action: AccountAction, label: string, hidden: string) => (
      <Button
        priority={action === "edit" ? "secondary" : "tertiary"}
        size="small"
        onClick={() => onAction(account, action)}
      >
        {label}
        <span className={fr.cx("fr-sr-only")}>{hidden}</span>
      </Button>
    );
    return [
      <span key="name">
        {account.firstName || account.lastName ? name : m.noName}
        {self && ` ${m.you}`}
      </span>,
      account.email,
      sortedRoles(account.roles)
        .map((role) => m.role[role])
        .join(", "),
      national ? m.allCaissesNational : account.caisses.map((caisse) => caisse.number).join(", "),
      <span key="state">
        <Badge small noIcon severity={account.active ? "success" : undefined}>
          {account.active ? m.active : m.inactive}
        </Badge>
        {account.active && !account.passwordSet && (
          <Badge small noIcon severity="new" className={fr.cx("fr-ml-1v")}>
            {m.pending}
          </Badge>
        )}
      </span>,
      account.lastLoginAt ? formatInstant(account.lastLoginAt) : m.never,
      <div
        key="actions"
        className={fr.cx("fr-btns-group", "fr-btns-group--inline-sm", "fr-btns-group--sm")}
      >
        {button("edit", m.edit, m.forAccount(name))}
        {account.active && !self && button("deactivate", m.deactivate, m.forAccount(name))}
        {!account.active && button("reactivate", m.reactivate, m.forAccount(name))}
        {account.active && !self && button("resend", m.resend, m.resendFor(name))}
      </div>,
    ];
  });
  return <Table caption={m.tableCaption} headers={[...m.headers]} data={rows} />;
}
