import { ConfigError, parseConfig } from "./config";

describe("parseConfig", () => {
  it("applies the defaults of a fresh clone", () => {
    const config = parseConfig({});
    expect(config.PORT).toBe(4000);
    expect(config.NODE_ENV).toBe("development");
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it("names the variable and the value when one is wrong", () => {
    expect(() => parseConfig({ PORT: "abc" })).toThrow(ConfigError);
    expect(() => parseConfig({ PORT: "abc" })).toThrow(/PORT .*\(got "abc"\)/);
    expect(() => parseConfig({ PORT: "70000" })).toThrow(/PORT/);
    expect(() => parseConfig({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL/);
  });

  it("reports every wrong variable at once", () => {
    try {
      parseConfig({ PORT: "abc", LOG_LEVEL: "loud" });
      throw new Error("parseConfig accepted a wrong configuration");
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toHaveLength(2);
    }
  });

  it("refuses demo data in production", () => {
    expect(() => parseConfig({ NODE_ENV: "production", SEED_DEMO: "true" })).toThrow(/SEED_DEMO/);
  });
});
