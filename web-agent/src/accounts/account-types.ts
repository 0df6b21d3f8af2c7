import type { AgentAccountsQuery } from "@mrs/schema/agent";

/** An account as the list shows it. */
export type Account = AgentAccountsQuery["agents"]["edges"][number]["node"];

/** A caisse an administrator may attach to an account. */
export type CaisseChoice = { id: string; number: string; name: string };
