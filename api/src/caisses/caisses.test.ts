import { startTestApi, type TestApi } from "../../test/test-api";
import { readCaisseFile } from "./seed-caisses";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

describe("caisses reference data", () => {
  it("has one caisse per département, numbered as documented", () => {
    const rows = readCaisseFile();
    const numbers = rows.map((r) => r.number);
    expect(rows.length).toBeGreaterThanOrEqual(101);
    expect(new Set(numbers).size).toBe(rows.length);
    expect(numbers).toEqual(expect.arrayContaining(["011", "201", "202", "311", "751", "974"]));
    for (const row of rows) {
      expect(row.number).toMatch(/^\d{3}$/);
      expect(row.code).toBe(`01${row.number}0000`);
    }
    expect(rows.find((r) => r.number === "311")?.name).toBe("CPAM de la Haute-Garonne");
  });
});

describe("Query.caisses", () => {
  const query =
    "query Caisses($activeOnly: Boolean) { caisses(activeOnly: $activeOnly) { number name active } }";

  it("lists only active caisses by default, in-process", async () => {
    const result = await api.exec<{ caisses: { number: string; active: boolean }[] }>(query);
    expect(result.errors).toBeUndefined();
    const caisses = result.data?.caisses ?? [];
    expect(caisses.length).toBeGreaterThan(0);
    expect(caisses.every((c) => c.active)).toBe(true);
    expect(caisses.map((c) => c.number)).toContain("311");
  });

  it("lists every caisse over HTTP with activeOnly: false, sorted by number", async () => {
    const { status, body } = await api.http<{ caisses: { number: string }[] }>(query, {
      activeOnly: false,
    });
    expect(status).toBe(200);
    const numbers = (body.data?.caisses ?? []).map((c) => c.number);
    expect(numbers.length).toBeGreaterThanOrEqual(95);
    expect(numbers).toEqual([...numbers].sort());
    expect(numbers).toContain("311");
  });

  it("answers a misspelt field with BAD_USER_INPUT and no suggestion", async () => {
    const { body } = await api.http("{ caisses { nam } }");
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(body.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});
