import type { AgentRole } from "@mrs/schema/agent";
import {
  apiFieldErrors as apiFieldErrorsOf,
  firstWrongField,
  looksLikeEmail,
  type FieldErrors as FieldErrorsOf,
} from "@/errors/field-errors";
import { accountsMessages as m } from "./accounts.messages";

/** What the account form holds, as typed and ticked. */
export interface AccountDraft {
  email: string;
  firstName: string;
  lastName: string;
  roles: AgentRole[];
  caisseIds: string[];
}

export type AccountField = keyof AccountDraft;
export type FieldErrors = FieldErrorsOf<AccountField>;

const FIELDS: readonly AccountField[] = ["email", "firstName", "lastName", "roles", "caisseIds"];
const ROLE_ORDER: readonly AgentRole[] = ["AGENT", "SUPERVISOR", "LOCAL_ADMIN", "NATIONAL_ADMIN"];

/** The roles an administrator may give: a local one never makes a national one (SPEC 3). */
export function grantableRoles(adminRoles: readonly AgentRole[]): AgentRole[] {
  const national = adminRoles.includes("NATIONAL_ADMIN");
  return ROLE_ORDER.filter((role) => national || role !== "NATIONAL_ADMIN");
}

/** Roles in a fixed order, whatever order they were ticked in. */
export function sortedRoles(roles: readonly AgentRole[]): AgentRole[] {
  return ROLE_ORDER.filter((role) => roles.includes(role));
}

/**
 * The problems the page can see before asking the API, one French sentence per field. The API
 * checks everything again (and more: names' characters, duplicates, scope).
 */
export function draftErrors(draft: AccountDraft, checkEmail: boolean): FieldErrors {
  const errors: FieldErrors = {};
  if (checkEmail && !looksLikeEmail(draft.email)) errors.email = m.invalid.email;
  if (draft.firstName.trim() === "") errors.firstName = m.invalid.firstName;
  if (draft.lastName.trim() === "") errors.lastName = m.invalid.lastName;
  if (draft.roles.length === 0) errors.roles = m.invalid.roles;
  if (draft.caisseIds.length === 0 && !draft.roles.includes("NATIONAL_ADMIN")) {
    errors.caisseIds = m.invalid.caisseIds;
  }
  return errors;
}

export function firstField(errors: FieldErrors): AccountField | null {
  return firstWrongField(FIELDS, errors);
}

/** The API's input errors, per field of the account form. */
export function apiFieldErrors(error: unknown): FieldErrors {
  return apiFieldErrorsOf(error, FIELDS);
}

/** "Prénom Nom", or the e-mail for an account made without names. */
export function displayName(agent: {
  firstName: string | null;
  lastName: string | null;
  email: string;
}): string {
  const name = [agent.firstName, agent.lastName].filter(Boolean).join(" ");
  return name || agent.email;
}
