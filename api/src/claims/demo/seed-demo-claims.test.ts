import os from "node:os";
import path from "node:path";
import { signIn } from "../../../test/agents";
import { ownDatabaseUrl } from "../../../test/database";
import { startTestApi, type TestApi } from "../../../test/test-api";
import { DEMO_PASSWORD } from "../../agents/demo-agents";
import { Caisse } from "../../caisses/caisse.entity";
import { parseConfig } from "../../config/config";
import { Agent } from "../../agents/agent.entity";
import { Claim } from "../claim.entity";
import { ClaimEvent } from "../claim-event.entity";
import { ActorType, ClaimStatus } from "../claim-enums";
import { DEMO_EMAIL_DOMAIN, seedDemoClaims } from "./seed-demo-claims";

let api: TestApi;
beforeAll(async () => {
  // Its own database: "every active caisse" must not meet the caisses and purges of the
  // worker's other test files.
  api = await startTestApi({
    SEED_DEMO: "true",
    BACKGROUND_JOBS: "false",
    DATABASE_URL: await ownDatabaseUrl("demo"),
  });
});
afterAll(async () => {
  await api.stop();
});

const demoClaims = () =>
  api.orm.em
    .fork()
    .find(
      Claim,
      { patient: { email: { $like: `%@${DEMO_EMAIL_DOMAIN}` } } },
      { populate: ["caisse", "attachments"] },
    );

describe("demo claims", () => {
  it("gives every active caisse claims in every status, with real documents", async () => {
    const claims = await demoClaims();
    const active = await api.orm.em.fork().find(Caisse, { active: true });
    for (const caisse of active) {
      const mine = claims.filter((claim) => claim.caisse.id === caisse.id);
      expect(new Set(mine.map((claim) => claim.status))).toEqual(
        new Set(Object.values(ClaimStatus)),
      );
      expect(mine.some((claim) => claim.onHold)).toBe(true);
      expect(mine.some((claim) => claim.mandateDate !== null)).toBe(true);
    }
    const documents = claims.flatMap((claim) => claim.attachments.getItems());
    expect(new Set(documents.map((d) => d.contentType))).toEqual(
      new Set(["image/jpeg", "image/png", "application/pdf"]),
    );
  });

  it("puts a claim on hold as an agent does: its timeline shows the hold and its reason", async () => {
    const em = api.orm.em.fork();
    const held = (await demoClaims()).filter((c) => c.caisse.number === "311" && c.onHold);
    expect(held).toHaveLength(1);
    const [claim] = held;
    const agent = await em.findOneOrFail(Agent, { email: "agent.311@demo.gouv.fr" });
    const events = await em.find(ClaimEvent, { claim: claim?.id }, { orderBy: { at: "asc" } });
    expect(events.map((event) => event.type)).toEqual(["SUBMITTED", "ON_HOLD"]);
    expect(events[1]).toMatchObject({
      actorType: ActorType.AGENT,
      actorId: agent.id,
      before: { onHold: false },
      after: { onHold: true, reason: claim?.holdReason },
    });
    expect(claim?.holdReason).toMatch(/^Prescription peu lisible/);
  });

  it("lets the demo agent open a seeded document", async () => {
    const [claim] = (await demoClaims()).filter((c) => c.caisse.number === "311");
    const attachment = claim?.attachments.getItems()[0];
    const cookie = await signIn(api, "agent.311@demo.gouv.fr", DEMO_PASSWORD);
    const response = await fetch(`${api.url}/attachments/${attachment?.id}`, {
      headers: { cookie },
    });
    expect(response.status).toBe(200);
    expect(Number(response.headers.get("content-length"))).toBe(attachment?.sizeBytes);
  });

  it("is idempotent, skips without the fixture folder, and refuses production", async () => {
    const { config, logger } = api.context();
    const count = (await demoClaims()).length;
    expect(await seedDemoClaims(api.orm.em.fork(), api.storage, config, logger, new Date())).toBe(
      0,
    );
    expect((await demoClaims()).length).toBe(count);

    const missing = path.join(os.tmpdir(), "no-such-fixtures");
    expect(
      await seedDemoClaims(api.orm.em.fork(), api.storage, config, logger, new Date(), missing),
    ).toBe(0);
    expect(api.logs.some((l) => String(l.msg).startsWith("demo claims skipped"))).toBe(true);

    const production = { ...config, NODE_ENV: "production" as const };
    await expect(
      seedDemoClaims(api.orm.em.fork(), api.storage, production, logger, new Date()),
    ).rejects.toThrow(/never seeded in production/);
    expect(() => parseConfig({ NODE_ENV: "production", SEED_DEMO: "true" })).toThrow();
  });
});
