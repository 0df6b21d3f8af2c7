import { randomInt, randomUUID } from "node:crypto";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { AgentRole } from "../src/auth/permissions";
import { Caisse } from "../src/caisses/caisse.entity";
import { hashPassword } from "../src/agents/passwords";
import { saveAgent } from "../src/agents/save-agent";
import type { AgentPrincipal } from "../src/graphql/context";
import type { TestApi } from "./test-api";

export const TEST_PASSWORD = "Un-mot-de-passe-de-test-1";

let testHash: Promise<string> | undefined;

export interface TestAgent {
  id: string;
  email: string;
  principal: AgentPrincipal;
}

/** A fresh agent with a unique e-mail, TEST_PASSWORD, and the given roles and caisses. */
export async function createTestAgent(
  api: TestApi,
  roles: AgentRole[],
  caisseNumbers: string[],
  overrides: { email?: string; passwordHash?: string } = {},
): Promise<TestAgent> {
  testHash ??= hashPassword(TEST_PASSWORD);
  const email = overrides.email ?? `agent-${randomUUID()}@test.gouv.fr`;
  const { agent } = await saveAgent(api.orm.em.fork(), {
    email,
    roles,
    caisseNumbers,
    passwordHash: overrides.passwordHash ?? (await testHash),
  });
  return {
    id: agent.id,
    email: agent.email,
    principal: {
      kind: "agent",
      agentId: agent.id,
      roles,
      caisseIds: agent.caisses.getItems().map((c) => c.id),
    },
  };
}

export async function caisseId(em: EntityManager, number: string): Promise<string> {
  return (await em.findOneOrFail(Caisse, { number })).id;
}

/** The session cookie ("name=value") set by a response, if any. */
export function sessionCookieOf(headers: Headers): string | undefined {
  const cookie = headers.getSetCookie().find((c) => c.startsWith("mrs_agent_session="));
  return cookie?.split(";")[0];
}

/** Signs in over HTTP and returns the cookie header to send next. */
export async function signIn(api: TestApi, email: string, password = TEST_PASSWORD) {
  const { body, headers } = await api.http(
    "mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { id } }",
    { e: email, p: password },
    { "x-forwarded-for": uniqueAddress() },
  );
  const cookie = sessionCookieOf(headers);
  if (!cookie) throw new Error(`sign-in failed: ${JSON.stringify(body.errors)}`);
  return cookie;
}

/** A client address of its own, so that per-address counters of tests do not add up. */
export function uniqueAddress(): string {
  return `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
}
