import { randomInt } from "node:crypto";
import { readFileSync } from "node:fs";
import { sharedFixture } from "../../test/fixtures";
import { startTestApi, type TestApi } from "../../test/test-api";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({
    RATE_LIMIT_DRAFTS_PER_HOUR: "2",
    RATE_LIMIT_UPLOADS_PER_HOUR: "1",
  });
});
afterAll(async () => {
  await api.stop();
});

/** A client address of the documentation range, unique to this run (behind the loopback proxy). */
const client = () => ({
  "x-forwarded-for": `192.0.2.${randomInt(1, 255)}, 198.51.100.${randomInt(1, 255)}`,
});

describe("rate limits (SPEC 8)", () => {
  it("refuses a third draft within the hour from one address, not from another", async () => {
    const headers = { "x-forwarded-for": "203.0.113.7" };
    const start = "mutation { startClaimDraft { id } }";
    for (let i = 0; i < 2; i += 1) {
      expect((await api.http(start, {}, headers)).body.errors).toBeUndefined();
    }
    const refused = await api.http(start, {}, headers);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      code: "TOO_MANY_REQUESTS",
      retryAfterSeconds: expect.any(Number),
    });
    expect(refused.body.errors?.[0]?.message).toMatch(/Patientez/);
    const other = await api.http(start, {}, { "x-forwarded-for": "203.0.113.8" });
    expect(other.body.errors).toBeUndefined();
  });

  it("answers a second upload within the hour from one address with 429", async () => {
    // Other test files of this worker opened drafts from 127.0.0.1: use an address of our own.
    const address = client();
    const started = await api.http<{ startClaimDraft: { token: string } }>(
      "mutation { startClaimDraft { token } }",
      {},
      address,
    );
    const token = started.body.data?.startClaimDraft.token ?? "";
    const headers = { authorization: `Bearer ${token}`, ...address };
    const send = () => {
      const form = new FormData();
      form.set("kind", "VP_RECEIPT");
      const bytes = readFileSync(sharedFixture("documents", "receipt-toll.png"));
      form.set("file", new Blob([new Uint8Array(bytes)]), "receipt-toll.png");
      return fetch(`${api.url}/uploads`, { method: "POST", headers, body: form });
    };
    expect((await send()).status).toBe(201);
    const refused = await send();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ code: "TOO_MANY_REQUESTS" });
  });
});
