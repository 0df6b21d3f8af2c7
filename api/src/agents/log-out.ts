import type { GraphQLContext } from "../graphql/context";
import { closeSession } from "./sessions";
import { clearSessionCookie, sessionTokenOf } from "./session-cookie";

/** Closes the caller's session, if any. Always true: signing out twice is not an error. */
export async function logOut(ctx: GraphQLContext): Promise<boolean> {
  const token = sessionTokenOf(ctx.req);
  if (token) await closeSession(ctx.em, token);
  clearSessionCookie(ctx.res, ctx.config);
  return true;
}
