import type { GraphQLSchema } from "graphql";
import { authChecker } from "../auth/access";
import { buildGraphQLSchema } from "../graphql/build-schema";
import { contractOnlyTypes } from "./contract-types";
import { resolvers } from "./resolvers";

let built: Promise<GraphQLSchema> | undefined;

/** The platform's schema, built once per process. */
export function platformSchema(): Promise<GraphQLSchema> {
  built ??= buildGraphQLSchema(resolvers, authChecker, contractOnlyTypes);
  return built;
}
