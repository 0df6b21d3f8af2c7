import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema, type AuthChecker, type NonEmptyArray } from "type-graphql";
import type { GraphQLContext } from "./context";
import { DateTimeScalar, LocalDateScalar } from "./scalars";

// type-graphql accepts any class decorated with @Resolver.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type ResolverClass = Function;

export async function buildGraphQLSchema(
  resolvers: NonEmptyArray<ResolverClass>,
  authChecker?: AuthChecker<GraphQLContext, string>,
): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    authMode: "error",
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    orphanedTypes: [],
    validate: false,
    emitSchemaFile: false,
  });
}

/** The SDL as committed in schema/schema.graphql: sorted, so diffs show real changes. */
export function printSortedSchema(schema: GraphQLSchema): string {
  const sdl = printSchema(lexicographicSortSchema(schema));
  return sdl.endsWith("\n") ? sdl : `${sdl}\n`;
}

export { LocalDateScalar };
