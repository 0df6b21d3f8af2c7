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
    errors?: { message: string; extensions?: { code?: string; detail?: string } }[];
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
    expect(json.errors?.[0]?.message).toBe(
      "La requête GraphQL est trop longue : 2000 éléments au plus.",
    );
    await serverStillAnswers();
  });

  it("refuses 20 aliases of the same field", async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: caisses { number }`).join(" ");
    const { json } = await post(JSON.stringify({ query: `{ ${aliases} }` }));
    expect(json.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(json.errors?.[0]?.message).toBe("La requête GraphQL utilise trop d’alias : 15 au plus.");
    expect(json.errors?.[0]?.extensions?.detail).toMatch(/Aliases limit of 15 exceeded/);
    await serverStillAnswers();
  });

  it("refuses a query nested 10 levels deep", async () => {
    let selection = "__typename";
    for (let i = 0; i < 10; i += 1) selection = `caisses { ${selection} }`;
    const { json } = await post(JSON.stringify({ query: `{ ${selection} }` }));
    expect(json.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(json.errors?.[0]?.message).toBe(
      "La requête GraphQL est trop imbriquée : 8 niveaux au plus.",
    );
    await serverStillAnswers();
  });

  it("answers malformed GraphQL with BAD_USER_INPUT", async () => {
    const { status, json } = await post(JSON.stringify({ query: "{ caisses { number " }));
    expect(status).toBe(400);
    expect(json.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(json.errors?.[0]?.message).toBe(
      "La requête GraphQL est mal formée : vérifiez sa syntaxe.",
    );
    expect(json.errors?.[0]?.extensions?.detail).toMatch(/^Syntax Error/);
  });

  it("answers a field outside the schema in French, keeping graphql-js's detail", async () => {
    const { status, json } = await post(JSON.stringify({ query: "{ caisses { numbr } }" }));
    expect(status).toBe(400);
    expect(json.errors?.[0]?.message).toMatch(/ne correspond pas au schéma publié/);
    expect(json.errors?.[0]?.extensions?.detail).toMatch(/Cannot query field "numbr"/);
  });

  it("names the operation asked for when the document does not hold it", async () => {
    const { json } = await post(
      JSON.stringify({ query: "query A { __typename }", operationName: "B" }),
    );
    expect(json.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(json.errors?.[0]?.message).toBe("Aucune opération nommée « B » dans la requête.");
  });

  it("refuses a batch of operations in French, keeping Apollo's text in detail", async () => {
    const one = { query: "{ __typename }" };
    const { status, json } = await post(JSON.stringify([one, one]));
    expect(status).toBe(400);
    expect(json.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(json.errors?.[0]?.message).toBe(
      "Les requêtes groupées (un tableau d’opérations) ne sont pas acceptées : " +
        "envoyez une opération par requête.",
    );
    expect(json.errors?.[0]?.extensions?.detail).toMatch(/batching/);
    await serverStillAnswers();
  });

  it("answers a body that is not JSON with a French message, not a 500", async () => {
    const { status, json } = await post("{not json");
    expect(status).toBe(400);
    expect(json.errors?.[0]).toEqual({
      message: "Le corps de la requête est illisible.",
      extensions: { code: "BAD_USER_INPUT" },
    });
    await serverStillAnswers();
  });

  it("blocks a simple cross-site POST (CSRF prevention)", async () => {
    const response = await fetch(`${api.url}/graphql?query=%7B__typename%7D`, {
      method: "GET",
    });
    expect(response.status).toBe(400);
    const json = (await response.json()) as { errors: { message: string }[] };
    expect(json.errors[0]?.message).toMatch(/^Requête refusée par la protection .*\(CSRF\)/);
  });
});
