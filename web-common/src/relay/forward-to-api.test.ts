import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import { forwardToApi } from "./forward-to-api";

interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

let api: Server;
let apiBase: string;
let seen: Seen[] = [];

beforeAll(async () => {
  api = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", () => {
      seen.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body });
      if (req.url === "/moved") {
        res.writeHead(302, { location: "/ailleurs" }).end();
        return;
      }
      res.setHeader("set-cookie", ["a=1; HttpOnly", "b=2; Secure"]);
      res.setHeader("x-internal", "secret");
      res.writeHead(201, {
        "content-type": "application/json",
        "x-request-id": "r-1",
        "x-content-type-options": "nosniff",
      });
      res.end(JSON.stringify({ ok: true }));
    });
  });
  await new Promise<void>((resolve) => api.listen(0, "127.0.0.1", resolve));
  const address = api.address();
  if (address === null || typeof address === "string") throw new Error("not a TCP server");
  apiBase = `http://127.0.0.1:${address.port}`;
});

afterAll(() => new Promise((resolve) => api.close(resolve)));

beforeEach(() => {
  seen = [];
  process.env.API_URL = apiBase;
});

test("relays method, path, query, body and the allowed headers only", async () => {
  const request = new Request("http://site.example/graphql?op=x", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      cookie: "session=s",
      "apollo-require-preflight": "true",
      "x-forwarded-for": "203.0.113.7",
      "x-forwarded-host": "evil.example",
    },
    body: JSON.stringify({ query: "{ caisses { id } }" }),
  });
  const response = await forwardToApi(request, "/graphql");

  expect(seen).toHaveLength(1);
  const [call] = seen;
  expect(call?.method).toBe("POST");
  expect(call?.url).toBe("/graphql?op=x");
  expect(call?.body).toBe('{"query":"{ caisses { id } }"}');
  expect(call?.headers.cookie).toBe("session=s");
  expect(call?.headers["apollo-require-preflight"]).toBe("true");
  expect(call?.headers["x-forwarded-for"]).toBe("203.0.113.7");
  expect(call?.headers["x-forwarded-host"]).toBeUndefined();
  expect(response.status).toBe(201);
  expect(await response.json()).toEqual({ ok: true });
  expect(response.headers.getSetCookie()).toEqual(["a=1; HttpOnly", "b=2; Secure"]);
  expect(response.headers.get("x-request-id")).toBe("r-1");
  expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  expect(response.headers.get("x-internal")).toBeNull();
});

test("relays a streamed request body, as uploads send", async () => {
  const chunks = ["--part-1--", "--part-2--"];
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
      controller.close();
    },
  });
  const init: RequestInit & { duplex: "half" } = { method: "POST", body: stream, duplex: "half" };
  await forwardToApi(new Request("http://site.example/uploads", init), "/uploads");
  expect(seen[0]?.body).toBe(chunks.join(""));
});

test("hands redirects back to the browser instead of following them", async () => {
  const response = await forwardToApi(new Request("http://site.example/moved"), "/moved");
  expect(response.status).toBe(302);
  expect(response.headers.get("location")).toBe("/ailleurs");
  expect(seen).toHaveLength(1);
});

test("reads API_URL on each request and answers 502 in French when the API is down", async () => {
  process.env.API_URL = "http://127.0.0.1:1";
  const log = jest.spyOn(console, "error").mockImplementation(() => undefined);
  const response = await forwardToApi(new Request("http://site.example/graphql"), "/graphql");
  expect(response.status).toBe(502);
  expect(await response.json()).toEqual({
    code: "INTERNAL_SERVER_ERROR",
    message: "Le service est momentanément indisponible. Réessayez dans quelques instants.",
  });
  expect(seen).toHaveLength(0);
  expect(log).toHaveBeenCalledWith(
    "API unreachable",
    expect.objectContaining({ path: "/graphql" }),
  );
  log.mockRestore();
});
