import { startTestApi, type TestApi } from "../../test/test-api";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

describe("probes", () => {
  it("GET /healthz answers 200 while the process runs", async () => {
    const response = await fetch(`${api.url}/healthz`);
    expect(response.status).toBe(200);
  });

  it("GET /readyz answers 200 once migrations are applied", async () => {
    const response = await fetch(`${api.url}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ready" });
  });

  it("echoes a well-formed X-Request-Id and makes one otherwise", async () => {
    const given = await fetch(`${api.url}/healthz`, { headers: { "x-request-id": "lb-12345678" } });
    expect(given.headers.get("x-request-id")).toBe("lb-12345678");
    const made = await fetch(`${api.url}/healthz`, { headers: { "x-request-id": "<script>" } });
    expect(made.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("answers an unknown path with a French JSON 404", async () => {
    const response = await fetch(`${api.url}/nope`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ code: "NOT_FOUND", message: "Adresse introuvable." });
  });
});
