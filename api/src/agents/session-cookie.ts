import type { Request, Response } from "express";
import type { Config } from "../config/config";

/** The agent session cookie: httpOnly, SameSite=Lax, Secure in production. */
export const SESSION_COOKIE = "mrs_agent_session";

export function sessionTokenOf(req: Request | undefined): string | undefined {
  const cookies: Record<string, unknown> | undefined = req?.cookies;
  const value = cookies?.[SESSION_COOKIE];
  return typeof value === "string" && value.length > 0 ? value : undefined;
}

function cookieOptions(config: Config) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: config.NODE_ENV === "production",
    path: "/",
  };
}

export function setSessionCookie(res: Response | undefined, config: Config, token: string): void {
  res?.cookie(SESSION_COOKIE, token, {
    ...cookieOptions(config),
    maxAge: config.SESSION_MAX_HOURS * 3_600_000,
  });
}

export function clearSessionCookie(res: Response | undefined, config: Config): void {
  res?.clearCookie(SESSION_COOKIE, cookieOptions(config));
}
