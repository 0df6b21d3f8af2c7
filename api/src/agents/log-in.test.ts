import { createHash } from "node:crypto";
import { AgentSession } from "./agent-session.entity";
import { Agent } from "./agent.entity";
import { messages } from "./messages";
import { startTestApi, type TestApi } from "../../test/test-api";
import {
  createTestAgent,
  sessionCookieOf,
  signIn,
  TEST_PASSWORD,
  uniqueAddress,
} from "../../test/agents";

const LOG_IN =
  "mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { id email roles caisses { number } } }";
const ME = "{ me { id email roles caisses { number } } }";
const LOG_OUT = "mutation { logOut }";

let clock = new Date("2026-03-14T08:00:00Z");
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi(
    { LOGIN_MAX_FAILURES_PER_ACCOUNT: "3", LOGIN_MAX_FAILURES_PER_ADDRESS: "5" },
    () => clock,
  );
});
afterAll(async () => {
  await api.stop();
});

function logIn(email: string, password: string, address = uniqueAddress(), cookie?: string) {
  return api.http<{ logIn: { id: string; email: string } }>(
    LOG_IN,
    { e: email, p: password },
    { "x-forwarded-for": address, ...(cookie ? { cookie } : {}) },
  );
}

describe("logIn", () => {
  it("opens a session in an httpOnly SameSite=Lax cookie, stored only as a hash", async () => {
    const agent = await createTestAgent(api, ["AGENT"], ["311", "751"]);

    const { body, headers } = await logIn(agent.email.toUpperCase(), TEST_PASSWORD);

    expect(body.errors).toBeUndefined();
    expect(body.data?.logIn).toEqual({
      id: agent.id,
      email: agent.email,
      roles: ["AGENT"],
      caisses: [{ number: "311" }, { number: "751" }],
    });
    const setCookie = headers.getSetCookie().join("\n");
    expect(setCookie).toMatch(
      /mrs_agent_session=[\w-]{40,}; Max-Age=36000; Path=\/; Expires=.*; HttpOnly; SameSite=Lax/,
    );
    expect(setCookie).not.toMatch(/Secure/);
    const token = (sessionCookieOf(headers) ?? "").split("=")[1] ?? "";
    const sessions = await api.orm.em.fork().find(AgentSession, { agent: agent.id });
    expect(sessions).toHaveLength(1);
    expect(sessions[0]?.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
  });

  it("marks the cookie Secure in production", async () => {
    const production = await startTestApi({ NODE_ENV: "production" });
    try {
      const agent = await createTestAgent(production, ["AGENT"], ["311"]);
      const { headers } = await production.http(LOG_IN, { e: agent.email, p: TEST_PASSWORD });
      expect(headers.getSetCookie().join()).toMatch(
        /mrs_agent_session=.*; HttpOnly; Secure; SameSite=Lax/,
      );
    } finally {
      await production.stop();
    }
  });

  it("answers a wrong password and an unknown e-mail alike, in similar time", async () => {
    const agent = await createTestAgent(api, ["AGENT"], ["311"]);

    // Interleaved, three of each (under the account's limit of five), and the fastest of each
    // kept: a burst of other work on the machine slows one answer, never all three.
    const fastest = { wrongPassword: Infinity, unknownEmail: Infinity };
    for (let round = 0; round < 3; round += 1) {
      for (const [kind, email] of [
        ["wrongPassword", agent.email],
        ["unknownEmail", "personne@test.gouv.fr"],
      ] as const) {
        const started = performance.now();
        const { body, headers } = await logIn(email, "pas le bon mot de passe");
        fastest[kind] = Math.min(fastest[kind], performance.now() - started);
        expect(body.data).toBeNull();
        expect(body.errors?.[0]?.message).toBe(messages.badCredentials);
        expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
        expect(sessionCookieOf(headers)).toBeUndefined();
      }
    }
    // Both run one argon2 verification; without the decoy an unknown e-mail answers ~10x faster.
    expect(fastest.unknownEmail).toBeGreaterThan(fastest.wrongPassword * 0.4);
  });

  it("refuses an inactive agent and an agent without a password, like a wrong password", async () => {
    const inactive = await createTestAgent(api, ["AGENT"], ["311"]);
    await api.orm.em.fork().nativeUpdate(Agent, { id: inactive.id }, { active: false });
    const invited = await createTestAgent(api, ["AGENT"], ["311"]);
    await api.orm.em.fork().nativeUpdate(Agent, { id: invited.id }, { passwordHash: null });

    for (const email of [inactive.email, invited.email]) {
      const { body } = await logIn(email, TEST_PASSWORD);
      expect(body.errors?.[0]?.message).toBe(messages.badCredentials);
    }
  });

  it("blocks an account after repeated failures, even from new addresses and with the right password", async () => {
    const agent = await createTestAgent(api, ["AGENT"], ["311"]);
    for (let i = 0; i < 3; i += 1) {
      const { body } = await logIn(agent.email, "mauvais mot de passe");
      expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }

    const { body, headers } = await logIn(agent.email.toUpperCase(), TEST_PASSWORD);

    expect(body.errors?.[0]?.extensions?.code).toBe("TOO_MANY_REQUESTS");
    expect(body.errors?.[0]?.message).toBe(messages.tooManyAttempts);
    expect(body.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(sessionCookieOf(headers)).toBeUndefined();
  });

  it("blocks an address after repeated failures on several accounts", async () => {
    const address = uniqueAddress();
    for (let i = 0; i < 5; i += 1) {
      await logIn(`inconnu-${i}@test.gouv.fr`, "mauvais mot de passe", address);
    }
    const agent = await createTestAgent(api, ["AGENT"], ["311"]);

    expect(
      (await logIn(agent.email, TEST_PASSWORD, address)).body.errors?.[0]?.extensions?.code,
    ).toBe("TOO_MANY_REQUESTS");
    expect((await logIn(agent.email, TEST_PASSWORD)).body.errors).toBeUndefined();
  });

  it("shares the failure counters between API processes", async () => {
    const other = await startTestApi({ LOGIN_MAX_FAILURES_PER_ACCOUNT: "3" });
    try {
      const agent = await createTestAgent(api, ["AGENT"], ["311"]);
      for (let i = 0; i < 3; i += 1) await logIn(agent.email, "mauvais mot de passe");

      const { body } = await other.http(LOG_IN, { e: agent.email, p: TEST_PASSWORD });

      expect(body.errors?.[0]?.extensions?.code).toBe("TOO_MANY_REQUESTS");
    } finally {
      await other.stop();
    }
  });

  it("a success clears the account's failures", async () => {
    const agent = await createTestAgent(api, ["AGENT"], ["311"]);
    for (let round = 0; round < 2; round += 1) {
      await logIn(agent.email, "mauvais mot de passe");
      await logIn(agent.email, "mauvais mot de passe");
      expect((await logIn(agent.email, TEST_PASSWORD)).body.errors).toBeUndefined();
    }
  });

  it("answers a malformed call with BAD_USER_INPUT, not a 500", async () => {
    const { body } = await api.http("mutation { logIn(email: 3) { id } }");
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("never logs the e-mail, the password or the session token", async () => {
    const agent = await createTestAgent(api, ["AGENT"], ["311"]);
    await logIn(agent.email, "Sentinelle-mot-de-passe-faux");
    const { headers } = await logIn(agent.email, TEST_PASSWORD);
    const token = (sessionCookieOf(headers) ?? "").split("=")[1] ?? "missing";

    const logs = JSON.stringify(api.logs);
    for (const secret of [agent.email, "Sentinelle-mot-de-passe-faux", TEST_PASSWORD, token]) {
      expect(logs).not.toContain(secret);
    }
  });
});

describe("me and logOut", () => {
  it("me is null without a session and the agent with one", async () => {
    const agent = await createTestAgent(api, ["SUPERVISOR"], ["751"]);
    expect((await api.http(ME)).body.data).toEqual({ me: null });

    const cookie = await signIn(api, agent.email);

    expect((await api.http(ME, {}, { cookie })).body.data).toEqual({
      me: { id: agent.id, email: agent.email, roles: ["SUPERVISOR"], caisses: [{ number: "751" }] },
    });
    expect((await api.http(ME, {}, { cookie: "mrs_agent_session=forged" })).body.data).toEqual({
      me: null,
    });
  });

  it("logOut closes the session and clears the cookie; twice is fine", async () => {
    const agent = await createTestAgent(api, ["AGENT"], ["311"]);
    const cookie = await signIn(api, agent.email);

    const { body, headers } = await api.http(LOG_OUT, {}, { cookie });

    expect(body.data).toEqual({ logOut: true });
    expect(headers.getSetCookie().join()).toMatch(/mrs_agent_session=;.*Expires=Thu, 01 Jan 1970/);
    expect((await api.http(ME, {}, { cookie })).body.data).toEqual({ me: null });
    expect((await api.http(LOG_OUT, {}, { cookie })).body.data).toEqual({ logOut: true });
    expect((await api.http(LOG_OUT)).body.data).toEqual({ logOut: true });
  });

  it("signing in again replaces the browser's previous session", async () => {
    const agent = await createTestAgent(api, ["AGENT"], ["311"]);
    const first = await signIn(api, agent.email);

    const { headers } = await logIn(agent.email, TEST_PASSWORD, uniqueAddress(), first);

    expect(sessionCookieOf(headers)).not.toBe(first);
    expect((await api.http(ME, {}, { cookie: first })).body.data).toEqual({ me: null });
  });

  it("ends a session after the idle timeout, and after the maximum duration", async () => {
    const agent = await createTestAgent(api, ["AGENT"], ["311"]);
    const start = clock;
    try {
      const idle = await signIn(api, agent.email);
      clock = new Date(start.getTime() + 31 * 60_000);
      expect((await api.http(ME, {}, { cookie: idle })).body.data).toEqual({ me: null });

      clock = start;
      const busy = await signIn(api, agent.email);
      // A request every 20 minutes keeps it alive until the 10-hour limit.
      for (let minutes = 20; minutes < 600; minutes += 20) {
        clock = new Date(start.getTime() + minutes * 60_000);
        expect((await api.http(ME, {}, { cookie: busy })).body.data).not.toEqual({ me: null });
      }
      clock = new Date(start.getTime() + 600 * 60_000);
      expect((await api.http(ME, {}, { cookie: busy })).body.data).toEqual({ me: null });
    } finally {
      clock = start;
    }
  });

  it("a deactivated agent's session stops working at once", async () => {
    const agent = await createTestAgent(api, ["AGENT"], ["311"]);
    const cookie = await signIn(api, agent.email);

    await api.orm.em.fork().nativeUpdate(Agent, { id: agent.id }, { active: false });

    expect((await api.http(ME, {}, { cookie })).body.data).toEqual({ me: null });
  });
});
