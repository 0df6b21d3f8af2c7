import { demoSeedEnabled, parseConfig } from "../config/config";
import { Agent } from "./agent.entity";
import { DEMO_PASSWORD, demoLogins } from "./demo-agents";
import { startTestApi, type TestApi } from "../../test/test-api";
import { signIn } from "../../test/agents";

describe("demo agents", () => {
  it("are seeded once per active caisse (an agent, a local admin) plus a supervisor and a national admin, idempotently", async () => {
    const api = await startTestApi({ SEED_DEMO: "true" });
    try {
      const logins = await demoLogins(api.orm.em.fork());
      expect(logins.map((l) => l.email)).toEqual(
        expect.arrayContaining([
          "agent.311@demo.gouv.fr",
          "agent.751@demo.gouv.fr",
          "admin.311@demo.gouv.fr",
          "superviseur@demo.gouv.fr",
          "admin.national@demo.gouv.fr",
        ]),
      );
      const emails = logins.map((l) => l.email);
      expect(await api.orm.em.fork().count(Agent, { email: { $in: emails } })).toBe(emails.length);

      const cookie = await signIn(api, "agent.311@demo.gouv.fr", DEMO_PASSWORD);
      const { body } = await api.http("{ me { roles caisses { number } } }", {}, { cookie });
      expect(body.data).toEqual({ me: { roles: ["AGENT"], caisses: [{ number: "311" }] } });

      // The local admin of 311 manages that caisse's accounts, its technician among them.
      const admin = await signIn(api, "admin.311@demo.gouv.fr", DEMO_PASSWORD);
      const managed = await everyAgent(api, admin);
      expect(managed.find((a) => a.email === "agent.311@demo.gouv.fr")).toEqual({
        email: "agent.311@demo.gouv.fr",
        firstName: expect.any(String),
        roles: ["AGENT"],
      });
    } finally {
      await api.stop();
    }

    const again = await startTestApi({ SEED_DEMO: "true" });
    try {
      const count = await again.orm.em.fork().count(Agent, { email: { $like: "%@demo.gouv.fr" } });
      expect(count).toBe((await demoLogins(again.orm.em.fork())).length);
    } finally {
      await again.stop();
    }
  });

  it("are seeded by default in development only, and never in production", () => {
    expect(demoSeedEnabled(parseConfig({ NODE_ENV: "development" }))).toBe(true);
    expect(demoSeedEnabled(parseConfig({ NODE_ENV: "development", SEED_DEMO: "false" }))).toBe(
      false,
    );
    expect(demoSeedEnabled(parseConfig({ NODE_ENV: "test" }))).toBe(false);
    expect(demoSeedEnabled(parseConfig({ NODE_ENV: "production" }))).toBe(false);
    expect(() => parseConfig({ NODE_ENV: "production", SEED_DEMO: "true" })).toThrow(
      /SEED_DEMO must not be set in production/,
    );
  });
});

interface Listed {
  agents: {
    edges: { node: { email: string; firstName: string | null; roles: string[] } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

/** Every account the caller manages, page after page (the worker's database has many). */
async function everyAgent(api: TestApi, cookie: string) {
  const all: Listed["agents"]["edges"][number]["node"][] = [];
  let after: string | null = null;
  do {
    const { body }: { body: { data?: Listed | null; errors?: unknown } } = await api.http<Listed>(
      `query($after: String) { agents(first: 100, after: $after) {
        edges { node { email firstName roles } } pageInfo { hasNextPage endCursor }
      } }`,
      { after },
      { cookie },
    );
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    all.push(...body.data.agents.edges.map((edge) => edge.node));
    after = body.data.agents.pageInfo.hasNextPage ? body.data.agents.pageInfo.endCursor : null;
  } while (after !== null);
  return all;
}
