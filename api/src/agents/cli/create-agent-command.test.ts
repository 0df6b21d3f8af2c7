import { randomUUID } from "node:crypto";
import { PassThrough, Readable } from "node:stream";
import { Agent } from "../agent.entity";
import { runCreateAgent } from "./create-agent-command";
import { startTestApi, type TestApi } from "../../../test/test-api";
import { signIn } from "../../../test/agents";
import { workerDatabaseUrl } from "../../../test/database";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

async function run(args: string[], stdin: string) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (c: Buffer) => (out += c.toString()));
  stderr.on("data", (c: Buffer) => (err += c.toString()));
  const env = { NODE_ENV: "test", DATABASE_URL: await workerDatabaseUrl(), LOG_LEVEL: "silent" };
  const code = await runCreateAgent(args, { stdin: Readable.from([stdin]), stdout, stderr, env });
  return { code, out, err };
}

describe("agent:create", () => {
  it("creates an agent from a piped password (first line), then updates it", async () => {
    const email = `cli-${randomUUID()}@test.gouv.fr`;

    const created = await run(
      ["--email", email, "--caisse", "311", "--role", "AGENT"],
      "Premier-mot-de-passe\nligne ignorée\n",
    );
    expect(created).toMatchObject({ code: 0, err: "" });
    expect(created.out).toMatch(/^Agent créé : [0-9a-f-]{36} \(rôles AGENT; caisses 311\)\.\n$/);
    await expect(signIn(api, email, "Premier-mot-de-passe")).resolves.toBeTruthy();

    const updated = await run(
      ["--email", email.toUpperCase(), "--caisse", "751", "--caisse", "31", "--role", "supervisor"],
      "Second-mot-de-passe",
    );
    expect(updated.code).toBe(0);
    expect(updated.out).toMatch(/Agent mis à jour : .* \(rôles SUPERVISOR; caisses 031, 751\)/);
    const agent = await api.orm.em
      .fork()
      .findOneOrFail(Agent, { email }, { populate: ["caisses"] });
    expect(agent.roles).toEqual(["SUPERVISOR"]);
    await expect(signIn(api, email, "Second-mot-de-passe")).resolves.toBeTruthy();
  });

  it("creates a national admin without a caisse", async () => {
    const email = `cli-${randomUUID()}@test.gouv.fr`;
    const result = await run(
      ["--email", email, "--role", "NATIONAL_ADMIN"],
      "Mot-de-passe-national\n",
    );
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/caisses aucune/);
  });

  it.each([
    [
      "no e-mail",
      false,
      ["--caisse", "311", "--role", "AGENT"],
      "Assez-long-mot-de-passe",
      /--email/,
    ],
    [
      "an unknown role",
      true,
      ["--caisse", "311", "--role", "CHEF"],
      "Assez-long-mot-de-passe",
      /Rôle inconnu : CHEF/,
    ],
    [
      "no caisse",
      true,
      ["--role", "AGENT"],
      "Assez-long-mot-de-passe",
      /Indiquez au moins une caisse/,
    ],
    [
      // 000 is no département; test factories create caisses numbered 900–999.
      "an unknown caisse",
      true,
      ["--caisse", "000", "--role", "AGENT"],
      "Assez-long-mot-de-passe",
      /Caisse inconnue : 000/,
    ],
    [
      "a short password",
      true,
      ["--caisse", "311", "--role", "AGENT"],
      "court\n",
      /au moins 12 caractères/,
    ],
  ])(
    "refuses %s with a message and a non-zero exit code",
    async (_case, withEmail, args, password, message) => {
      const email = `cli-${randomUUID()}@test.gouv.fr`;

      const result = await run(withEmail ? ["--email", email, ...args] : args, password);

      expect(result.code).toBe(1);
      expect(result.err).toMatch(message);
      expect(await api.orm.em.fork().count(Agent, { email })).toBe(0);
    },
  );
});
