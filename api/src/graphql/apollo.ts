import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { GraphQLSchema } from "graphql";
import type { Server } from "node:http";
import type { GraphQLContext } from "./context";
import { formatError, isInternalError } from "./errors";
import { unstorableTextPlugin } from "./unstorable-text";

export interface ApolloOptions {
  schema: GraphQLSchema;
  production: boolean;
  httpServer?: Server;
}

/**
 * Query limits sized for the two web apps and partner use: the deepest legitimate query
 * (claim → attachments / events) is 5 levels; a page holds at most 100 claims.
 */
export const QUERY_LIMITS = {
  maxDepth: 8,
  maxAliases: 15,
  maxTokens: 2_000,
  maxDirectives: 20,
  maxCost: 5_000,
} as const;

/** Logs one line per operation: request id, operation name, duration and error codes. */
function operationLogPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async didEncounterErrors({ contextValue, errors }) {
          for (const error of errors) {
            if (isInternalError(error)) {
              contextValue.logger.error({ err: error.originalError ?? error }, "internal error");
            }
          }
        },
        async willSendResponse({ contextValue, operationName, response }) {
          const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
          const errors =
            response.body.kind === "single" ? (response.body.singleResult.errors ?? []) : [];
          contextValue.logger[errors.length > 0 ? "warn" : "info"](
            {
              operationName: operationName ?? null,
              principal: contextValue.principal.kind,
              durationMs: Math.round(durationMs * 10) / 10,
              errorCodes: errors.map((e) => e.extensions?.code ?? "UNKNOWN"),
            },
            "graphql operation",
          );
        },
      };
    },
  };
}

export function createApolloServer(options: ApolloOptions): ApolloServer<GraphQLContext> {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, flattenFragments: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    // Tokens are limited by graphql-js's parser itself (parseOptions below): armor's version
    // re-parses in a plugin hook and turns every syntax error into a 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    costLimit: { maxCost: QUERY_LIMITS.maxCost },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  const plugins: ApolloServerPlugin<GraphQLContext>[] = [
    ...(armor.plugins as ApolloServerPlugin<GraphQLContext>[]),
    operationLogPlugin(),
    unstorableTextPlugin(),
    // No response of this API may be cached (personal data): Apollo's cache-control plugin would
    // only wrap every field's resolver to compute hints nobody sets.
    ApolloServerPluginCacheControlDisabled(),
  ];
  if (options.httpServer) {
    plugins.push(ApolloServerPluginDrainHttpServer({ httpServer: options.httpServer }));
  }
  return new ApolloServer<GraphQLContext>({
    schema: options.schema,
    introspection: !options.production,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    allowBatchedHttpRequests: false,
    // main.ts handles SIGTERM and SIGINT: Apollo, then the background jobs, then the database.
    // Apollo's own handler (outside NODE_ENV=test) began stopping first, and a second stop()
    // during it waits on a promise Apollo 5 never resolves: every shutdown hung until
    // SHUTDOWN_TIMEOUT_MS and exited with 1.
    stopOnTerminationSignals: false,
    plugins,
    formatError,
  });
}
