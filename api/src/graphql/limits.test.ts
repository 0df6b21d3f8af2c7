import { startTestApi, type TestApi } from "../../test/test-api";

// Hostile and malformed requests are refused quickly with a clear code, and the server
// keeps answering afterwards.
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

async function post(body: string, headers: Record<string, string> = {}) {
  const started = performance.now();
  const response = await fetch(`${api.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
  const elapsedMs = performance.now() - started;
  const json = (await response.json()) as {
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  return { status: response.status, json, elapsedMs };
}

async function serverStillAnswers() {
  const { body } = await api.http<{ caisses: unknown[] }>("{ caisses { number } }");
  expect(body.data?.caisses.length).toBeGreaterThan(0);
}

describe("query limits", () => {
  it("refuses __typename repeated 3 000 times", async () => {
    const query = `{ ${"__typename ".repeat(3000)}}`;
    const { json } = await post(JSON.stringify({ query }));
    expect(json.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    await serverStillAnswers();
  });

  it("refuses 20 aliases of the same field", async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: caisses { number }`).join(" ");
    const { json } = await post(JSON.stringify({ query: `{ ${aliases} }` }));
    expect(json.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(json.errors?.[0]?.message).toMatch(/alias/i);
    await serverStillAnswers();
  });

  it("refuses a query nested 10 levels deep", async () => {
    let selection = "__typename";
    for (let i = 0; i < 10; i += 1) selection = `caisses { ${selection} }`;
    const { json } = await post(JSON.stringify({ query: `{ ${selection} }` }));
    expect(json.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    await serverStillAnswers();
  });

  it("answers malformed GraphQL with BAD_USER_INPUT", async () => {
    const { status, json } = await post(JSON.stringify({ query: "{ caisses { number " }));
    expect(status).toBe(400);
    expect(json.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("answers a body that is not JSON with a French message, not a 500", async () => {
    const { status, json } = await post("{not json");
    expect(status).toBe(400);
    expect(JSON.stringify(json)).toMatch(/illisible|BAD_USER_INPUT/);
    await serverStillAnswers();
  });

  it("blocks a simple cross-site POST (CSRF prevention)", async () => {
    const response = await fetch(`${api.url}/graphql?query=%7B__typename%7D`, {
      method: "GET",
    });
    expect(response.status).toBe(400);
  });
});
