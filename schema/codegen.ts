import type { CodegenConfig } from "@graphql-codegen/cli";

// Typed documents for each web app, generated from the committed SDL (never from a running
// server). The documents are the `graphql(...)` calls in each app's sources.
const shared = {
  preset: "client" as const,
  config: {
    scalars: {
      DateTime: "string",
      LocalDate: "string",
      ID: "string",
      JSONObject: "Record<string, unknown>",
    },
    enumsAsTypes: true,
    useTypeImports: true,
    avoidOptionals: { field: true, inputValue: false },
    skipTypename: true,
  },
  presetConfig: { fragmentMasking: false },
};

const config: CodegenConfig = {
  schema: "schema.graphql",
  ignoreNoDocuments: true,
  generates: {
    "src/generated/patient/": {
      ...shared,
      documents: ["../web-patient/src/**/*.{ts,tsx}", "!../web-patient/src/**/*.test.{ts,tsx}"],
    },
    "src/generated/agent/": {
      ...shared,
      documents: ["../web-agent/src/**/*.{ts,tsx}", "!../web-agent/src/**/*.test.{ts,tsx}"],
    },
  },
};

export default config;
