"use client";

import { useState, type FormEvent } from "react";
import { useMutation } from "@apollo/client/react";
import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import type { AgentRole } from "@mrs/schema/agent";
import { apiFailure, failureText } from "@/errors/api-errors";
import { fieldState, focusField as focusFieldOf } from "@/errors/field-errors";
import { LiveAlert } from "@/layout/LiveAlert";
import { useSignedInAgent } from "@/session/signed-in-agent";
import {
  apiFieldErrors,
  displayName,
  draftErrors,
  firstField,
  grantableRoles,
  sortedRoles,
  type AccountDraft,
  type AccountField,
  type FieldErrors,
} from "./account-form";
import type { Account, CaisseChoice } from "./account-types";
import {
  AgentAccountsDocument,
  CreateAgentDocument,
  UpdateAgentDocument,
} from "./accounts.documents";
import { accountsMessages as m } from "./accounts.messages";

export type AccountFormProps = {
  /** The account being edited; null: a new one. */
  account: Account | null;
  /** The caisses the administrator may attach. */
  caisses: readonly CaisseChoice[];
  onDone: (message: string) => void;
  onCancel: () => void;
};

// Each field's inputs carry its name: the first one takes the focus when the field is wrong.
const focusField = (field: AccountField | null) => focusFieldOf("compte-formulaire", field);

function initialDraft(account: Account | null, caisses: readonly CaisseChoice[]): AccountDraft {
  if (account) {
    return {
      email: account.email,
      firstName: account.firstName ?? "",
      lastName: account.lastName ?? "",
      roles: [...account.roles],
      caisseIds: account.caisses.map((caisse) => caisse.id),
    };
  }
  const only = caisses.length === 1 ? caisses[0] : undefined;
  return {
    email: "",
    firstName: "",
    lastName: "",
    roles: ["AGENT"],
    caisseIds: only ? [only.id] : [],
  };
}

/**
 * Creates an account (the agent then receives a link to choose a password) or edits the names,
 * roles and caisses of one; the e-mail address of an account does not change. Only the roles
 * and caisses the administrator may give are offered; the API enforces the same.
 */
export function AccountForm({ account, caisses, onDone, onCancel }: AccountFormProps) {
  const agent = useSignedInAgent();
  const [draft, setDraft] = useState(() => initialDraft(account, caisses));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const refetchQueries = [AgentAccountsDocument];
  const [create, creating] = useMutation(CreateAgentDocument, {
    refetchQueries,
    awaitRefetchQueries: true,
  });
  const [update, updating] = useMutation(UpdateAgentDocument, {
    refetchQueries,
    awaitRefetchQueries: true,
  });
  const national = draft.roles.includes("NATIONAL_ADMIN");

  const set = <K extends AccountField>(field: K, value: AccountDraft[K]) => {
    setDraft((previous) => ({ ...previous, [field]: value }));
    setErrors((previous) => ({ ...previous, [field]: undefined }));
  };
  const toggle = <T extends string>(list: readonly T[], value: T, on: boolean): T[] =>
    on ? [...list.filter((each) => each !== value), value] : list.filter((each) => each !== value);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    const found = draftErrors(draft, account === null);
    setErrors(found);
    if (firstField(found)) return focusField(firstField(found));
    const fields = {
      firstName: draft.firstName,
      lastName: draft.lastName,
      roles: sortedRoles(draft.roles),
      caisseIds: draft.caisseIds,
    };
    try {
      if (account) {
        await update({ variables: { id: account.id, version: account.version, input: fields } });
        onDone(m.saved);
      } else {
        const { data } = await create({ variables: { input: { ...fields, email: draft.email } } });
        onDone(m.created(data?.createAgent.email ?? draft.email.trim()));
      }
    } catch (error) {
      const fromApi = apiFieldErrors(error);
      if (firstField(fromApi)) {
        setErrors(fromApi);
        return focusField(firstField(fromApi));
      }
      const problem = apiFailure(error);
      setFailure(problem.code === "CONFLICT" ? m.conflict : failureText(problem));
    }
  };

  const state = (field: AccountField) => fieldState(errors[field]);
  const title = account ? m.editTitle(displayName(account)) : m.newTitle;
  return (
    <form
      id="compte-formulaire"
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-labelledby="compte-formulaire-titre"
      className={fr.cx("fr-mt-4w")}
    >
      <h2 id="compte-formulaire-titre" tabIndex={-1}>
        {title}
      </h2>
      <LiveAlert message={failure === null ? null : { severity: "error", text: failure }} />
      {account ? (
        <p>{m.emailFixed(account.email)}</p>
      ) : (
        <Input
          label={m.email}
          hintText={m.emailHint}
          {...state("email")}
          nativeInputProps={{
            name: "email",
            type: "email",
            autoComplete: "off",
            required: true,
            value: draft.email,
            onChange: (event) => set("email", event.target.value),
          }}
        />
      )}
      {(["firstName", "lastName"] as const).map((field) => (
        <Input
          key={field}
          label={m[field]}
          {...state(field)}
          nativeInputProps={{
            name: field,
            autoComplete: "off",
            required: true,
            value: draft[field],
            onChange: (event) => set(field, event.target.value),
          }}
        />
      ))}
      <Checkbox
        legend={m.roles}
        {...state("roles")}
        options={grantableRoles(agent.roles).map((role: AgentRole) => ({
          label: m.role[role],
          hintText: m.roleHint[role],
          nativeInputProps: {
            name: "roles",
            value: role,
            checked: draft.roles.includes(role),
            onChange: (event) => set("roles", toggle(draft.roles, role, event.target.checked)),
          },
        }))}
      />
      <Checkbox
        legend={m.caisses}
        hintText={national ? m.caissesNationalHint : undefined}
        {...state("caisseIds")}
        options={caisses.map((caisse) => ({
          label: `${caisse.number} — ${caisse.name}`,
          nativeInputProps: {
            name: "caisseIds",
            value: caisse.id,
            checked: draft.caisseIds.includes(caisse.id),
            onChange: (event) =>
              set("caisseIds", toggle(draft.caisseIds, caisse.id, event.target.checked)),
          },
        }))}
      />
      <ul className={fr.cx("fr-btns-group", "fr-btns-group--inline-sm")}>
        <li>
          <Button type="submit" disabled={creating.loading || updating.loading}>
            {account ? m.save : m.create}
          </Button>
        </li>
        {account && (
          <li>
            <Button type="button" priority="tertiary" onClick={onCancel}>
              {m.cancel}
            </Button>
          </li>
        )}
      </ul>
    </form>
  );
}
