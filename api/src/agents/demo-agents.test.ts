import { demoSeedEnabled, parseConfig } from "../config/config";
import { Agent } from "./agent.entity";
import { DEMO_PASSWORD, demoLogins } from "./demo-agents";
import { startTestApi } from "../../test/test-api";
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

      const admin = await signIn(api, "admin.311@demo.gouv.fr", DEMO_PASSWORD);
      const local = await api.http("{ me { roles caisses { number } } }", {}, { cookie: admin });
      expect(local.body.data).toEqual({
        me: { roles: ["LOCAL_ADMIN"], caisses: [{ number: "311" }] },
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
    // Two API starts, each seeding demo claims with real documents: slow on a loaded machine.
  }, 120_000);

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
