import type { GraphQLContext } from "../graphql/context";
import { DomainError, TooManyRequestsError } from "../graphql/errors";
import { Agent, normaliseEmail } from "./agent.entity";
import { loginThrottle } from "./login-throttle";
import { messages } from "./messages";
import { passwordMatches, spendVerificationTime, PASSWORD_MAX_LENGTH } from "./passwords";
import { closeSession, dropExpiredSessions, openSession } from "./sessions";
import { sessionTokenOf, setSessionCookie } from "./session-cookie";

/** Wrong e-mail or wrong password: one message, one code, so accounts cannot be guessed. */
export class BadCredentialsError extends DomainError {
  constructor() {
    super("UNAUTHENTICATED", messages.badCredentials);
  }
}

/**
 * Signs an agent in: checks the throttle, the password (argon2id), opens a server-side session
 * and sets its cookie. Any session the browser already had is closed (no session fixation).
 */
export async function logIn(ctx: GraphQLContext, email: string, password: string): Promise<Agent> {
  const { em, config } = ctx;
  const normalised = normaliseEmail(email);
  const address = ctx.req?.ip ?? "in-process";
  const throttle = loginThrottle(em, config);

  const wait = await throttle.blockedFor(normalised, address);
  if (wait !== null) throw new TooManyRequestsError(messages.tooManyAttempts, wait);

  const agent = await em.findOne(Agent, { email: normalised }, { populate: ["caisses"] });
  const usable = agent?.active === true && agent.passwordHash !== null;
  // An over-long password is refused like a wrong one, without spending argon2 time on it.
  const valid =
    usable && password.length <= PASSWORD_MAX_LENGTH
      ? await passwordMatches(agent.passwordHash ?? "", password)
      : await spendVerificationTime(password.slice(0, PASSWORD_MAX_LENGTH)).then(() => false);
  if (!agent || !valid) {
    await throttle.recordFailure(normalised, address);
    ctx.logger.info({ reason: "bad credentials" }, "agent sign-in refused");
    throw new BadCredentialsError();
  }

  await throttle.recordSuccess(normalised);
  const previous = sessionTokenOf(ctx.req);
  if (previous) await closeSession(em, previous);
  await dropExpiredSessions(em, agent.id, ctx.now());
  const token = openSession(em, agent, config, ctx.now());
  agent.lastLoginAt = ctx.now();
  await em.flush();
  setSessionCookie(ctx.res, config, token);
  ctx.logger.info({ agentId: agent.id }, "agent signed in");
  return agent;
}
