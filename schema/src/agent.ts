// Typed GraphQL documents and types of the agent portal.
export * from "./generated/agent";
export * from "./generated/agent/graphql";
