import {
  GraphQLSchema,
  lexicographicSortSchema,
  printSchema,
  type GraphQLNamedType,
} from "graphql";
import { buildSchema, type AuthChecker, type NonEmptyArray } from "type-graphql";
import type { GraphQLContext } from "./context";
import { DateTimeScalar, LocalDateScalar } from "./scalars";

// type-graphql accepts any class decorated with @Resolver.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type ResolverClass = Function;

/**
 * The schema of the resolvers, plus `extraTypes` that no field references (type-graphql
 * emits only reachable types); an extra type whose name the resolvers already define is
 * skipped.
 */
export async function buildGraphQLSchema(
  resolvers: NonEmptyArray<ResolverClass>,
  authChecker?: AuthChecker<GraphQLContext, string>,
  extraTypes: GraphQLNamedType[] = [],
): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    authChecker,
    authMode: "error",
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    orphanedTypes: [],
    validate: false,
    emitSchemaFile: false,
  });
  const missing = extraTypes.filter((type) => schema.getType(type.name) === undefined);
  if (missing.length === 0) return schema;
  const config = schema.toConfig();
  return new GraphQLSchema({ ...config, types: [...config.types, ...missing] });
}

/** The SDL as committed in schema/schema.graphql: sorted, so diffs show real changes. */
export function printSortedSchema(schema: GraphQLSchema): string {
  const sdl = printSchema(lexicographicSortSchema(schema));
  return sdl.endsWith("\n") ? sdl : `${sdl}\n`;
}

export { LocalDateScalar };
