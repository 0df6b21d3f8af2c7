import { randomUUID } from "node:crypto";
import pg from "pg";
import { OutboxEmail } from "../../notifications/outbox-email.entity";
import { Agent } from "../agent.entity";
import { messages as signInMessages } from "../messages";
import { PasswordToken, PasswordTokenPurpose } from "../password-token.entity";
import { accountsMessages as m } from "./messages";
import { startTestApi, type TestApi } from "../../../test/test-api";
import {
  caisseId,
  createTestAgent,
  signIn,
  TEST_PASSWORD,
  type TestAgent,
  uniqueAddress,
} from "../../../test/agents";
import type { AgentPrincipal } from "../../graphql/context";

const FIELDS = "id email firstName lastName roles active passwordSet version caisses { number }";
const CREATE = `mutation($i: CreateAgentInput!) { createAgent(input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $v: Int, $i: UpdateAgentInput!) {
  updateAgent(id: $id, version: $v, input: $i) { ${FIELDS} }
}`;
const DEACTIVATE = "mutation($id: ID!) { deactivateAgent(id: $id) { id active version } }";
const REACTIVATE = "mutation($id: ID!) { reactivateAgent(id: $id) { id active version } }";
const RESEND = "mutation($id: ID!) { sendSetPasswordLink(id: $id) }";
const LIST = `query($c: ID, $all: Boolean, $first: Int, $after: String) {
  agents(caisseId: $c, includeInactive: $all, first: $first, after: $after) {
    totalCount
    edges { cursor node { id email lastName firstName active } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const SET = "mutation($t: String!, $p: String!) { setPassword(token: $t, password: $p) }";
const NEW_PASSWORD = "Mon mot de passe tout neuf";

interface Created {
  id: string;
  email: string;
  firstName: string | null;
  lastName: string | null;
  roles: string[];
  active: boolean;
  passwordSet: boolean;
  version: number;
  caisses: { number: string }[];
}
interface Listed {
  agents: {
    totalCount: number;
    edges: { cursor: string; node: { id: string; email: string; lastName: string | null } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

let api: TestApi;
let national: TestAgent;
let localAdmin: TestAgent; // LOCAL_ADMIN of 311
const ids = new Map<string, string>();

beforeAll(async () => {
  // No outbox worker: e-mails stay in the outbox to be read, and no polling adds statements.
  api = await startTestApi({ BACKGROUND_JOBS: "false" });
  national = await createTestAgent(api, ["NATIONAL_ADMIN"], []);
  localAdmin = await createTestAgent(api, ["LOCAL_ADMIN"], ["311"]);
  const em = api.orm.em.fork();
  for (const number of ["311", "751", "011"]) ids.set(number, await caisseId(em, number));
});
afterAll(async () => {
  await api.stop();
});

const caisse = (number: string) => ids.get(number) ?? "";
const as = (admin: TestAgent | AgentPrincipal) => ({
  principal: "principal" in admin ? admin.principal : admin,
});
const newEmail = () => `Compte.${randomUUID()}@Caisse.gouv.fr`;
const input = (overrides: Record<string, unknown> = {}) => ({
  email: newEmail(),
  firstName: "Élodie",
  lastName: "D’Artagnan",
  roles: ["AGENT"],
  caisseIds: [caisse("311")],
  ...overrides,
});
const errorOf = (result: { errors?: { message: string; extensions?: unknown }[] }) =>
  result.errors?.[0];

async function create(admin: TestAgent, overrides: Record<string, unknown> = {}) {
  const result = await api.exec<{ createAgent: Created }>(
    CREATE,
    { i: input(overrides) },
    as(admin),
  );
  if (!result.data?.createAgent) throw new Error(JSON.stringify(result.errors));
  return result.data.createAgent;
}

async function mailedLink(email: string, kind: string): Promise<string> {
  // In the order written: the worker's update of a sent row moves it in the table, so the
  // order of an unsorted read is not the order of writing.
  const emails = await api.orm.em
    .fork()
    .find(OutboxEmail, { recipient: email, kind }, { orderBy: { createdAt: "asc" } });
  const link = /https?:\/\/\S+#jeton=\S+/.exec(emails.at(-1)?.body ?? "")?.[0];
  if (!link) throw new Error(`no ${kind} e-mail to ${email}`);
  return link;
}
const tokenOf = (link: string) => link.split("#jeton=")[1] ?? "";

describe("createAgent", () => {
  it("opens an account without a password and mails an invitation link that sets one", async () => {
    const email = newEmail();
    const created = await create(localAdmin, { email: ` ${email} `, firstName: " élodie " });

    expect(created).toMatchObject({
      email: email.toLowerCase(),
      firstName: "élodie",
      lastName: "D'Artagnan",
      roles: ["AGENT"],
      active: true,
      passwordSet: false,
      version: 1,
      caisses: [{ number: "311" }],
    });
    const link = await mailedLink(created.email, "AGENT_INVITATION");
    expect(link).toMatch(/^http:\/\/localhost:3001\/mot-de-passe#jeton=[\w-]{43}$/);
    const [token] = await api.orm.em.fork().find(PasswordToken, { agent: created.id });
    expect(token?.purpose).toBe(PasswordTokenPurpose.INVITATION);

    expect((await api.http(SET, { t: tokenOf(link), p: NEW_PASSWORD })).body.data).toEqual({
      setPassword: true,
    });
    await expect(signIn(api, created.email, NEW_PASSWORD)).resolves.toMatch(/^mrs_agent_session=/);
    // Neither the link nor the address reaches the logs.
    const logs = JSON.stringify(api.logs);
    expect(logs).not.toContain(tokenOf(link));
    expect(logs).not.toContain(created.email);
  });

  it("refuses an address already taken, whatever its case, with a stable reason", async () => {
    const { email } = await create(national);

    const result = await api.exec(
      CREATE,
      { i: input({ email: email.toUpperCase() }) },
      as(national),
    );

    expect(errorOf(result)).toEqual({
      message: m.emailTaken,
      locations: expect.any(Array),
      path: ["createAgent"],
      extensions: { code: "BAD_USER_INPUT", field: "email", reason: "EMAIL_TAKEN" },
    });
    expect(await api.orm.em.fork().count(OutboxEmail, { recipient: email })).toBe(1);
  });

  it.each([
    ["email", { email: "pas-une-adresse" }, m.emailInvalid],
    ["firstName", { firstName: "  " }, "Indiquez ce nom."],
    ["lastName", { lastName: "R2-D2" }, expect.stringMatching(/lettres/)],
    ["roles", { roles: [] }, m.rolesMissing],
    ["caisseIds", { caisseIds: [] }, m.caissesMissing],
    ["caisseIds", { caisseIds: [randomUUID()] }, m.caisseNotFound],
    ["caisseIds", { caisseIds: ["311"] }, m.caisseNotFound],
  ])("reports a bad %s on its field, in French", async (field, overrides, message) => {
    const before = await api.orm.em.fork().count(Agent);

    const result = await api.exec(CREATE, { i: input(overrides) }, as(national));

    expect(errorOf(result)).toMatchObject({
      message,
      extensions: { code: "BAD_USER_INPUT", field },
    });
    expect(await api.orm.em.fork().count(Agent)).toBe(before);
  });

  it("lists every problem at once", async () => {
    const result = await api.exec(
      CREATE,
      { i: input({ email: "x", firstName: "", roles: [] }) },
      as(national),
    );
    const issues = (errorOf(result)?.extensions as { issues?: { field: string }[] }).issues;
    expect(issues?.map((issue) => issue.field)).toEqual(["roles", "email", "firstName"]);
  });

  it("lets a national admin create a national admin without caisses", async () => {
    const created = await create(national, { roles: ["NATIONAL_ADMIN"], caisseIds: [] });
    expect(created).toMatchObject({ roles: ["NATIONAL_ADMIN"], caisses: [] });
  });
});

describe("a local admin cannot escalate", () => {
  it("may not make a national admin", async () => {
    const result = await api.exec(
      CREATE,
      { i: input({ roles: ["NATIONAL_ADMIN"], caisseIds: [] }) },
      as(localAdmin),
    );
    expect(errorOf(result)).toMatchObject({
      message: m.nationalOnly,
      extensions: { code: "FORBIDDEN" },
    });
  });

  it("may not grant a caisse they do not administer, local admin included", async () => {
    for (const roles of [["AGENT"], ["LOCAL_ADMIN"]]) {
      const result = await api.exec(
        CREATE,
        { i: input({ roles, caisseIds: [caisse("311"), caisse("751")] }) },
        as(localAdmin),
      );
      expect(errorOf(result)).toMatchObject({
        message: m.caisseNotFound,
        extensions: { code: "BAD_USER_INPUT", field: "caisseIds" },
      });
    }
  });

  it("may not move one of their agents to another caisse nor make them national", async () => {
    const agent = await create(localAdmin);

    const moved = await api.exec(
      UPDATE,
      { id: agent.id, i: { caisseIds: [caisse("751")] } },
      as(localAdmin),
    );
    expect(errorOf(moved)?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "caisseIds",
    });
    const promoted = await api.exec(
      UPDATE,
      { id: agent.id, i: { roles: ["NATIONAL_ADMIN"] } },
      as(localAdmin),
    );
    expect(errorOf(promoted)?.extensions).toMatchObject({ code: "FORBIDDEN" });
    // Local administration of their own caisse is theirs to give.
    const made = await api.exec<{ updateAgent: Created }>(
      UPDATE,
      { id: agent.id, i: { roles: ["AGENT", "LOCAL_ADMIN"] } },
      as(localAdmin),
    );
    expect(made.data?.updateAgent.roles).toEqual(["AGENT", "LOCAL_ADMIN"]);
  });

  it("sees accounts shared with another caisse, and national admins, as nonexistent", async () => {
    const shared = await createTestAgent(api, ["AGENT"], ["311", "751"]);
    const nationalOf311 = await createTestAgent(api, ["NATIONAL_ADMIN"], ["311"]);

    for (const target of [shared, nationalOf311]) {
      for (const [query, variables] of [
        [UPDATE, { id: target.id, i: { firstName: "Pirate" } }],
        [DEACTIVATE, { id: target.id }],
        [REACTIVATE, { id: target.id }],
        [RESEND, { id: target.id }],
      ] as const) {
        const result = await api.exec(query, variables, as(localAdmin));
        expect(errorOf(result)).toMatchObject({
          message: m.notFound,
          extensions: { code: "NOT_FOUND" },
        });
      }
    }
    const missing = await api.exec(DEACTIVATE, { id: randomUUID() }, as(localAdmin));
    expect(errorOf(missing)).toMatchObject({ message: m.notFound });
    const listed = await listAll(localAdmin, caisse("311"));
    expect(listed.map((a) => a.id)).not.toContain(shared.id);
    expect(listed.map((a) => a.id)).not.toContain(nationalOf311.id);
    expect(listed.map((a) => a.id)).toContain(localAdmin.id);
  });

  it("may neither deactivate themselves nor give up their own admin role", async () => {
    const result = await api.exec(DEACTIVATE, { id: localAdmin.id }, as(localAdmin));
    expect(errorOf(result)).toMatchObject({
      message: m.selfDeactivation,
      extensions: { code: "FORBIDDEN" },
    });
    const demoted = await api.exec(
      UPDATE,
      { id: localAdmin.id, i: { roles: ["AGENT"] } },
      as(localAdmin),
    );
    expect(errorOf(demoted)).toMatchObject({
      message: m.selfDemotion,
      extensions: { code: "BAD_USER_INPUT", field: "roles" },
    });
  });
});

describe("deactivateAgent", () => {
  it("ends the agent's sessions at once and stops sign-in, until reactivated", async () => {
    const agent = await createTestAgent(api, ["AGENT"], ["311"]);
    const cookie = await signIn(api, agent.email);

    const result = await api.exec<{ deactivateAgent: { active: boolean; version: number } }>(
      DEACTIVATE,
      { id: agent.id },
      as(localAdmin),
    );

    expect(result.data?.deactivateAgent).toEqual({ id: agent.id, active: false, version: 2 });
    expect((await api.http("{ me { id } }", {}, { cookie })).body.data).toEqual({ me: null });
    const claims = await api.http("{ dashboard { onHoldCount } }", {}, { cookie });
    expect(claims.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const logIn = await api.http(
      "mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { id } }",
      { e: agent.email, p: TEST_PASSWORD },
      { "x-forwarded-for": uniqueAddress() },
    );
    expect(logIn.body.errors?.[0]?.message).toBe(signInMessages.badCredentials);
    // Twice is not an error, and changes nothing.
    const again = await api.exec<{ deactivateAgent: { version: number } }>(
      DEACTIVATE,
      { id: agent.id },
      as(localAdmin),
    );
    expect(again.data?.deactivateAgent.version).toBe(2);

    await api.exec(REACTIVATE, { id: agent.id }, as(localAdmin));
    await expect(signIn(api, agent.email)).resolves.toMatch(/^mrs_agent_session=/);
  });

  it("spends the pending invitation, which does not come back with reactivation", async () => {
    const created = await create(localAdmin);
    const link = await mailedLink(created.email, "AGENT_INVITATION");

    await api.exec(DEACTIVATE, { id: created.id }, as(localAdmin));
    await api.exec(REACTIVATE, { id: created.id }, as(localAdmin));

    const used = await api.http(SET, { t: tokenOf(link), p: NEW_PASSWORD });
    expect(used.body.errors?.[0]).toMatchObject({ extensions: { field: "token" } });
  });
});

describe("updateAgent", () => {
  it("replaces names, roles and caisses, and refuses a stale version", async () => {
    const agent = await create(national);

    const updated = await api.exec<{ updateAgent: Created }>(
      UPDATE,
      {
        id: agent.id,
        v: 1,
        i: { lastName: "Nouveau-Nom", roles: ["SUPERVISOR"], caisseIds: [caisse("751")] },
      },
      as(national),
    );
    expect(updated.data?.updateAgent).toMatchObject({
      firstName: "Élodie",
      lastName: "Nouveau-Nom",
      roles: ["SUPERVISOR"],
      caisses: [{ number: "751" }],
      version: 2,
    });

    const stale = await api.exec(
      UPDATE,
      { id: agent.id, v: 1, i: { firstName: "Zoé" } },
      as(national),
    );
    expect(errorOf(stale)).toMatchObject({ message: m.stale, extensions: { code: "CONFLICT" } });
  });

  it("applies new roles at the agent's next request", async () => {
    const agent = await createTestAgent(api, ["AGENT"], ["311"]);
    const cookie = await signIn(api, agent.email);

    await api.exec(UPDATE, { id: agent.id, i: { roles: ["SUPERVISOR"] } }, as(localAdmin));

    const { body } = await api.http("{ me { roles } }", {}, { cookie });
    expect(body.data).toEqual({ me: { roles: ["SUPERVISOR"] } });
  });

  it("needs caisses when the national role is taken away", async () => {
    const agent = await create(national, { roles: ["NATIONAL_ADMIN"], caisseIds: [] });
    const result = await api.exec(UPDATE, { id: agent.id, i: { roles: ["AGENT"] } }, as(national));
    expect(errorOf(result)?.extensions).toMatchObject({ field: "caisseIds" });
  });
});

describe("sendSetPasswordLink", () => {
  it("sends a new invitation that supersedes the first, then a reset once a password is set", async () => {
    const agent = await create(localAdmin);
    const first = await mailedLink(agent.email, "AGENT_INVITATION");

    expect((await api.exec(RESEND, { id: agent.id }, as(localAdmin))).data).toEqual({
      sendSetPasswordLink: true,
    });
    const second = await mailedLink(agent.email, "AGENT_INVITATION");
    expect(second).not.toBe(first);
    expect((await api.http(SET, { t: tokenOf(first), p: NEW_PASSWORD })).body.errors).toHaveLength(
      1,
    );
    expect(
      (await api.http(SET, { t: tokenOf(second), p: NEW_PASSWORD })).body.errors,
    ).toBeUndefined();

    await api.exec(RESEND, { id: agent.id }, as(localAdmin));
    await mailedLink(agent.email, "PASSWORD_RESET");
  });

  it("refuses a deactivated account", async () => {
    const agent = await create(localAdmin);
    await api.exec(DEACTIVATE, { id: agent.id }, as(localAdmin));

    const result = await api.exec(RESEND, { id: agent.id }, as(localAdmin));

    expect(errorOf(result)).toMatchObject({
      message: m.inactive,
      extensions: { code: "INVALID_TRANSITION" },
    });
  });
});

async function listAll(admin: TestAgent, caisseId: string | null, all = false, first = 100) {
  const seen: Listed["agents"]["edges"][number]["node"][] = [];
  let after: string | null = null;
  do {
    const result: { data?: Listed | null; errors?: unknown } = await api.exec<Listed>(
      LIST,
      { c: caisseId, all, first, after },
      as(admin),
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    seen.push(...result.data.agents.edges.map((edge) => edge.node));
    const { pageInfo }: Listed["agents"] = result.data.agents;
    after = pageInfo.hasNextPage ? pageInfo.endCursor : null;
  } while (after !== null);
  return seen;
}

describe("agents", () => {
  it("pages through a caisse's accounts by name, inactive ones on request", async () => {
    // Caisse 011 is not open: only this test attaches accounts to it.
    const names = ["Durand", "bernard", "Martin", "Aubert", "Zola"];
    const made = [];
    for (const lastName of names) {
      made.push(await create(national, { lastName, caisseIds: [caisse("011")] }));
    }
    await api.exec(DEACTIVATE, { id: made[2]?.id }, as(national));

    const active = await listAll(national, caisse("011"), false, 2);
    expect(active.map((a) => a.lastName)).toEqual(["Aubert", "bernard", "Durand", "Zola"]);
    const all = await listAll(national, caisse("011"), true, 3);
    expect(all.map((a) => a.lastName)).toEqual(["Aubert", "bernard", "Durand", "Martin", "Zola"]);
    const page = await api.exec<Listed>(
      LIST,
      { c: caisse("011"), all: true, first: 2 },
      as(national),
    );
    expect(page.data?.agents).toMatchObject({ totalCount: 5, pageInfo: { hasNextPage: true } });
  });

  it("costs the same SQL statements for a page of 3 accounts as for a page of 60", async () => {
    for (let i = 0; i < 60; i += 1) await createTestAgent(api, ["AGENT"], ["311"]);
    const statementsFor = async (first: number) => {
      const spy = jest.spyOn(pg.Client.prototype, "query");
      try {
        const result = await api.exec<Listed>(LIST, { first }, as(localAdmin));
        expect(result.data?.agents.edges).toHaveLength(first);
        return spy.mock.calls.length;
      } finally {
        spy.mockRestore();
      }
    };
    expect(await statementsFor(60)).toBe(await statementsFor(3));
    expect(await statementsFor(3)).toBeLessThanOrEqual(3);
  });

  it("answers NOT_FOUND for a caisse the local admin does not administer", async () => {
    const result = await api.exec(LIST, { c: caisse("751") }, as(localAdmin));
    expect(errorOf(result)).toMatchObject({ extensions: { code: "NOT_FOUND" } });
  });

  it.each([
    [{ first: 0 }, "first"],
    [{ first: 101 }, "first"],
    [{ after: "pas-un-curseur" }, "after"],
  ])("refuses %j on its field", async (variables, field) => {
    const result = await api.exec(LIST, variables, as(national));
    expect(errorOf(result)?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
  });
});
