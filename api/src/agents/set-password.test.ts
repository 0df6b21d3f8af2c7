import { OutboxEmail } from "../notifications/outbox-email.entity";
import { Agent } from "./agent.entity";
import { messages } from "./messages";
import { PasswordToken, PasswordTokenPurpose } from "./password-token.entity";
import { issueSetPasswordLink } from "./set-password-link";
import { startTestApi, type TestApi } from "../../test/test-api";
import { createTestAgent, signIn } from "../../test/agents";

const RESET = "mutation($e: String!) { requestPasswordReset(email: $e) }";
const SET = "mutation($t: String!, $p: String!) { setPassword(token: $t, password: $p) }";
const NEW_PASSWORD = "Nouveau mot de passe 2026";

let clock = new Date("2026-03-14T08:00:00Z");
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({}, () => clock);
});
afterAll(async () => {
  await api.stop();
});

async function linkFor(agentId: string, purpose = PasswordTokenPurpose.RESET): Promise<string> {
  const em = api.orm.em.fork();
  const agent = await em.findOneOrFail(Agent, { id: agentId });
  return issueSetPasswordLink(em, agent, purpose, api.context().config, clock);
}

const tokenOf = (link: string) => link.split("#jeton=")[1] ?? "";

describe("requestPasswordReset", () => {
  it("answers true for an unknown address and creates nothing", async () => {
    const before = await api.orm.em.fork().count(PasswordToken);
    const { body } = await api.http(RESET, { e: "personne@test.gouv.fr" });
    expect(body).toEqual({ data: { requestPasswordReset: true } });
    expect(await api.orm.em.fork().count(PasswordToken)).toBe(before);
  });

  it("answers true for an agent and stores a hashed, expiring link; no repeat within minutes", async () => {
    const agent = await createTestAgent(api, ["AGENT"], ["311"]);

    await api.http(RESET, { e: ` ${agent.email.toUpperCase()} ` });
    await api.http(RESET, { e: agent.email });

    const tokens = await api.orm.em.fork().find(PasswordToken, { agent: agent.id });
    expect(tokens).toHaveLength(1);
    expect(tokens[0]?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(tokens[0]?.expiresAt.getTime()).toBe(clock.getTime() + 3_600_000);
  });

  it("e-mails the link through the outbox, and the mailed link sets the password", async () => {
    const agent = await createTestAgent(api, ["AGENT"], ["311"]);

    await api.http(RESET, { e: agent.email });

    const emails = await api.orm.em.fork().find(OutboxEmail, { recipient: agent.email });
    expect(emails).toEqual([expect.objectContaining({ kind: "PASSWORD_RESET", claimId: null })]);
    const link = /https?:\/\/\S+#jeton=\S+/.exec(emails[0]?.body ?? "")?.[0] ?? "";
    expect(link).toMatch(/^http:\/\/localhost:3001\/mot-de-passe#jeton=/);
    expect((await api.http(SET, { t: tokenOf(link), p: NEW_PASSWORD })).body.data).toEqual({
      setPassword: true,
    });
    expect(JSON.stringify(api.logs)).not.toContain(tokenOf(link));
  });
});

describe("setPassword", () => {
  it("sets the password once, closes the sessions, and the new password signs in", async () => {
    const agent = await createTestAgent(api, ["AGENT"], ["311"]);
    const session = await signIn(api, agent.email);
    const token = tokenOf(await linkFor(agent.id));

    expect((await api.http(SET, { t: token, p: NEW_PASSWORD })).body).toEqual({
      data: { setPassword: true },
    });

    expect((await api.http("{ me { id } }", {}, { cookie: session })).body.data).toEqual({
      me: null,
    });
    await expect(signIn(api, agent.email, NEW_PASSWORD)).resolves.toMatch(/^mrs_agent_session=/);
    const again = await api.http(SET, { t: token, p: "Encore un autre mot de passe" });
    expect(again.body.errors?.[0]).toMatchObject({
      message: messages.linkInvalid,
      extensions: { code: "BAD_USER_INPUT", field: "token" },
    });
  });

  it("refuses a short password in French without spending the link", async () => {
    const agent = await createTestAgent(api, ["AGENT"], ["311"]);
    const token = tokenOf(await linkFor(agent.id, PasswordTokenPurpose.INVITATION));

    const { body } = await api.http(SET, { t: token, p: "trop court" });

    expect(body.errors?.[0]).toMatchObject({
      message: "Le mot de passe doit contenir au moins 12 caractères.",
      extensions: { code: "BAD_USER_INPUT", field: "password" },
    });
    expect((await api.http(SET, { t: token, p: NEW_PASSWORD })).body.data).toEqual({
      setPassword: true,
    });
  });

  it("refuses an expired link, a superseded link and a made-up token alike", async () => {
    const agent = await createTestAgent(api, ["AGENT"], ["311"]);
    const superseded = tokenOf(await linkFor(agent.id));
    const expiring = tokenOf(await linkFor(agent.id));
    const start = clock;
    clock = new Date(start.getTime() + 3_600_001);
    try {
      for (const token of [superseded, expiring, "invente"]) {
        const { body } = await api.http(SET, { t: token, p: NEW_PASSWORD });
        expect(body.errors?.[0]?.message).toBe(messages.linkInvalid);
      }
    } finally {
      clock = start;
    }
  });

  it("an invitation link lasts three days and puts it in the agent portal URL fragment", async () => {
    const agent = await createTestAgent(api, ["AGENT"], ["311"]);
    const link = await linkFor(agent.id, PasswordTokenPurpose.INVITATION);
    expect(link).toMatch(/^http:\/\/localhost:3001\/mot-de-passe#jeton=[\w-]{43}$/);
    const [token] = await api.orm.em.fork().find(PasswordToken, { agent: agent.id });
    expect(token?.expiresAt.getTime()).toBe(clock.getTime() + 72 * 3_600_000);
  });
});
