"use client";

import { useRef, useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { apiFailure, failureText } from "@/errors/api-errors";
import { CursorPager } from "@/layout/CursorPager";
import { LiveAlert, type LiveMessage } from "@/layout/LiveAlert";
import { useSignedInAgent } from "@/session/signed-in-agent";
import { displayName } from "./account-form";
import type { Account, CaisseChoice } from "./account-types";
import { AccountForm } from "./AccountForm";
import { AccountsTable, type AccountAction } from "./AccountsTable";
import {
  AgentAccountsDocument,
  DeactivateAgentDocument,
  ReactivateAgentDocument,
  SendSetPasswordLinkDocument,
} from "./accounts.documents";
import { accountsMessages as m } from "./accounts.messages";

const PAGE_SIZE = 50;
const confirmation = createModal({ id: "confirmation-compte", isOpenedByDefault: false });

type Pending = { account: Account; action: "deactivate" | "reactivate" };

/** Every caisse once, by number. */
function byNumber(caisses: readonly CaisseChoice[]): CaisseChoice[] {
  const unique = new Map(caisses.map((caisse) => [caisse.id, caisse]));
  return [...unique.values()].sort((a, b) => a.number.localeCompare(b.number));
}

/**
 * The administrators' page: the accounts they manage (a local admin, those of their caisses;
 * a national admin, all), one form to create or edit, and the activation actions behind a
 * confirmation.
 */
export function AccountsManager() {
  const agent = useSignedInAgent();
  const allowed = agent.abilities.manageAccounts;
  const [caisseId, setCaisseId] = useState("");
  const [includeInactive, setIncludeInactive] = useState(false);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [editing, setEditing] = useState<Account | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [notice, setNotice] = useState<LiveMessage | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);
  const { data, error } = useQuery(AgentAccountsDocument, {
    variables: {
      caisseId: caisseId || null,
      includeInactive,
      first: PAGE_SIZE,
      after: cursors.at(-1) ?? null,
    },
    skip: !allowed,
    fetchPolicy: "cache-and-network",
  });
  const refetchQueries = [AgentAccountsDocument];
  const options = { refetchQueries, awaitRefetchQueries: true };
  const [deactivate] = useMutation(DeactivateAgentDocument, options);
  const [reactivate] = useMutation(ReactivateAgentDocument, options);
  const [resend] = useMutation(SendSetPasswordLinkDocument);

  if (!allowed) return <Alert severity="info" small description={m.forbidden} />;
  const national = agent.roles.includes("NATIONAL_ADMIN");
  const managed = byNumber(national ? (data?.caisses ?? []) : agent.caisses);
  // An account may be attached to a caisse that is not (yet) open: keep it offered.
  const grantable = byNumber([...managed, ...(editing?.caisses ?? [])]);

  const announce = (text: string, severity: LiveMessage["severity"]) => {
    setNotice({ text, severity });
    requestAnimationFrame(() => noticeRef.current?.focus());
  };
  const resetPages = () => setCursors([null]);
  const closeForm = () => {
    setEditing(null);
    setFormKey((key) => key + 1);
  };

  const act = async (account: Account, action: AccountAction) => {
    setNotice(null);
    switch (action) {
      case "edit":
        setEditing(account);
        requestAnimationFrame(() => document.getElementById("compte-formulaire-titre")?.focus());
        return;
      case "deactivate":
      case "reactivate":
        setPending({ account, action });
        confirmation.open();
        return;
      case "resend":
        try {
          await resend({ variables: { id: account.id } });
          announce(m.linkSent(account.email), "success");
        } catch (failure) {
          announce(failureText(apiFailure(failure)), "error");
        }
        return;
    }
  };

  const confirm = async () => {
    if (!pending || busy) return;
    const { account, action } = pending;
    const name = displayName(account);
    setBusy(true);
    try {
      const variables = { id: account.id };
      if (action === "deactivate") await deactivate({ variables });
      else await reactivate({ variables });
      confirmation.close();
      announce(action === "deactivate" ? m.deactivated(name) : m.reactivated(name), "success");
    } catch (failure) {
      confirmation.close();
      announce(failureText(apiFailure(failure)), "error");
    } finally {
      setBusy(false);
    }
  };

  const connection = data?.agents;
  const pendingName = pending ? displayName(pending.account) : "";
  return (
    <>
      <p>{m.intro}</p>
      <LiveAlert ref={noticeRef} message={notice} />
      <form
        aria-labelledby="comptes-filtres-titre"
        className={fr.cx("fr-grid-row", "fr-grid-row--gutters", "fr-grid-row--bottom")}
        onSubmit={(event) => event.preventDefault()}
      >
        <h2 id="comptes-filtres-titre" className={fr.cx("fr-sr-only")}>
          {m.filters}
        </h2>
        {managed.length > 1 && (
          <div className={fr.cx("fr-col-12", "fr-col-md-6")}>
            <Select
              label={m.caisseFilter}
              nativeSelectProps={{
                value: caisseId,
                onChange: (event) => {
                  setCaisseId(event.target.value);
                  resetPages();
                },
              }}
            >
              <option value="">{m.allCaisses}</option>
              {managed.map((caisse) => (
                <option key={caisse.id} value={caisse.id}>
                  {caisse.number} — {caisse.name}
                </option>
              ))}
            </Select>
          </div>
        )}
        <div className={fr.cx("fr-col-12", "fr-col-md-6")}>
          <Checkbox
            small
            options={[
              {
                label: m.includeInactive,
                nativeInputProps: {
                  checked: includeInactive,
                  onChange: (event) => {
                    setIncludeInactive(event.target.checked);
                    resetPages();
                  },
                },
              },
            ]}
          />
        </div>
      </form>
      {error && <Alert severity="error" small description={failureText(apiFailure(error))} />}
      {!connection && !error && <p role="status">{m.loading}</p>}
      {connection && (
        <>
          <p className={fr.cx("fr-text--sm", "fr-mb-1w")}>{m.count(connection.totalCount)}</p>
          <AccountsTable
            accounts={connection.edges.map((edge) => edge.node)}
            selfId={agent.id}
            onAction={(account, action) => void act(account, action)}
          />
          {(cursors.length > 1 || connection.pageInfo.hasNextPage) && (
            <CursorPager
              labels={m.pager}
              hasPrevious={cursors.length > 1}
              hasNext={connection.pageInfo.hasNextPage}
              onPrevious={() => setCursors((list) => list.slice(0, -1))}
              onNext={() => setCursors((list) => [...list, connection.pageInfo.endCursor ?? null])}
            />
          )}
          <AccountForm
            key={editing?.id ?? `nouveau-${formKey}`}
            account={editing}
            caisses={grantable}
            onDone={(text) => {
              closeForm();
              announce(text, "success");
            }}
            onCancel={closeForm}
          />
        </>
      )}
      <confirmation.Component
        title={
          pending?.action === "reactivate"
            ? m.confirmReactivateTitle(pendingName)
            : m.confirmDeactivateTitle(pendingName)
        }
        buttons={[
          { children: m.cancel, priority: "secondary" },
          {
            children: pending?.action === "reactivate" ? m.confirmReactivate : m.confirmDeactivate,
            doClosesModal: false,
            disabled: busy,
            onClick: () => void confirm(),
          },
        ]}
      >
        <p>
          {pending?.action === "reactivate" ? m.confirmReactivateText : m.confirmDeactivateText}
        </p>
      </confirmation.Component>
    </>
  );
}
