import { startTestApi, type TestApi } from "../../test/test-api";
import { unstorablePath } from "./unstorable-text";

describe("unstorablePath", () => {
  it("finds a NUL or a lone surrogate anywhere in a variable, and nothing else", () => {
    expect(unstorablePath({ a: [{ b: "ok" }, { c: "x\u0000" }] })).toBe("a.1.c");
    expect(unstorablePath({ name: "\ud800" })).toBe("name");
    expect(unstorablePath({ name: "x\udc00" })).toBe("name");
    // A whole surrogate pair is an ordinary character (an emoji).
    expect(unstorablePath({ name: "Zoé 😀", count: 3, none: null, ok: true })).toBeNull();
  });
});

describe("requests holding text that cannot be stored", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  it("are refused before any resolver, from a variable or a literal, and the server goes on", async () => {
    const fromVariable = await api.http(
      "mutation ($email: String!) { requestPasswordReset(email: $email) }",
      { email: "agent\u0000@exemple.fr" },
    );
    const fromLiteral = await api.http(
      'mutation { requestPasswordReset(email: "agent\\u0000@exemple.fr") }',
    );
    for (const { status, body } of [fromVariable, fromLiteral]) {
      expect(status).toBe(400);
      expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(body.errors?.[0]?.message).toMatch(/ne peut pas être enregistré/);
    }
    expect(fromVariable.body.errors?.[0]?.extensions?.field).toBe("email");
    const { body } = await api.http("{ caisses { number } }");
    expect(body.errors).toBeUndefined();
  });
});
