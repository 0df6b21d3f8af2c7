"use client";

import { createContext, useContext } from "react";
import type { MeQuery } from "@mrs/schema/agent";
import type { Abilities } from "./roles";

export type SignedInAgent = NonNullable<MeQuery["me"]> & { abilities: Abilities };

export const SignedInAgentContext = createContext<SignedInAgent | null>(null);

/** The agent of the page; only pages inside the signed-in area may call it. */
export function useSignedInAgent(): SignedInAgent {
  const agent = useContext(SignedInAgentContext);
  if (agent === null) throw new Error("useSignedInAgent outside of SignedInArea");
  return agent;
}
