import type { EntityManager } from "@mikro-orm/postgresql";
import type { Request } from "express";
import type { Config } from "../config/config";
import { ANONYMOUS, type Principal } from "../graphql/context";
import { sessionTokenOf } from "./session-cookie";
import { principalOfSession } from "./sessions";

/** The principal of an HTTP request: its agent session cookie, else anonymous. */
export async function principalOfRequest(
  em: EntityManager,
  req: Request,
  config: Config,
  now: Date,
): Promise<Principal> {
  const token = sessionTokenOf(req);
  if (!token) return ANONYMOUS;
  return (await principalOfSession(em, token, config, now)) ?? ANONYMOUS;
}
