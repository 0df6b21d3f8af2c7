// Two projects: fast unit tests beside the code, and browser tests that drive the real pages
// of a running platform (started once by the globalSetup, only when a browser test runs).
const swc = [
  "@swc/jest",
  {
    jsc: {
      target: "es2022",
      parser: { syntax: "typescript", tsx: true },
      transform: { react: { runtime: "automatic" } },
    },
    module: { type: "commonjs" },
  },
];

const common = {
  testEnvironment: "node",
  transform: { "^.+\\.tsx?$": swc },
  moduleNameMapper: { "^@/(.*)$": "<rootDir>/src/$1" },
};

/**
 * The jest configuration of a web app (both apps use it as is).
 * @type {import('jest').Config}
 */
module.exports = {
  testTimeout: 60_000,
  projects: [
    { ...common, displayName: "unit", testMatch: ["<rootDir>/src/**/*.test.{ts,tsx}"] },
    {
      ...common,
      displayName: "browser",
      testMatch: ["<rootDir>/e2e/**/*.test.ts"],
      globalSetup: "@mrs/web-common/testing/global-setup",
      globalTeardown: "@mrs/web-common/testing/global-teardown",
    },
  ],
};
