import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { MikroORM } from "@mikro-orm/postgresql";
import type { ApolloServer } from "@apollo/server";
import type { Request, Response } from "express";
import { demoSeedEnabled, type Config } from "../config/config";
import { createApolloServer } from "../graphql/apollo";
import { ANONYMOUS, type GraphQLContext } from "../graphql/context";
import { bearerTokenOf } from "../http/bearer-token";
import { createHttpApp } from "../http/http-app";
import { createRateLimits } from "../rate-limits/rate-limits";
import type { Logger } from "../logging/logger";
import { migrate, openDatabase, pendingMigrations } from "../db/orm";
import { seedCaisses } from "../caisses/seed-caisses";
import { seedDemoAgents } from "../agents/demo-agents";
import { seedDemoClaims } from "../claims/demo/seed-demo-claims";
import { principalOfRequest } from "../agents/session-principal";
import { attachmentsRouter } from "../attachments/attachments.router";
import { createStorage } from "../attachments/create-storage";
import type { FileStorage } from "../attachments/storage";
import { startBackgroundJobs } from "./background-jobs";
import { entities } from "./entities";
import { platformSchema } from "./schema";

export interface RunningApi {
  url: string;
  orm: MikroORM;
  apollo: ApolloServer<GraphQLContext>;
  server: Server;
  storage: FileStorage;
  /** Builds a context as an HTTP request would, for in-process tests. */
  context(overrides?: Partial<GraphQLContext>): GraphQLContext;
  stop(): Promise<void>;
}

export interface StartOptions {
  config: Config;
  logger: Logger;
  /** Injectable clock (tests freeze it). */
  now?: () => Date;
}

/**
 * Opens the database, applies migrations, seeds reference data, and serves HTTP.
 * Nothing is listening until the database is ready, so /readyz is honest from the start.
 */
export async function startApi({ config, logger, now = () => new Date() }: StartOptions) {
  if (!config.DATABASE_URL) {
    throw new Error("DATABASE_URL is required (the dev launcher provides an embedded one)");
  }
  const orm = await openDatabase(config.DATABASE_URL, entities, config.DATABASE_POOL_MAX, logger);
  const storage = createStorage(config);
  try {
    await migrate(orm, logger);
    await seedCaisses(orm.em.fork());
    if (demoSeedEnabled(config)) {
      await seedDemoAgents(orm.em.fork());
      await seedDemoClaims(orm.em.fork(), storage, config, logger, now());
    }
  } catch (error) {
    await orm.close(true);
    throw error;
  }

  const rateLimits = createRateLimits(orm, config);
  const schema = await platformSchema();
  const httpServer = createServer();
  const apollo = createApolloServer({
    schema,
    production: config.NODE_ENV === "production",
    httpServer,
  });
  await apollo.start();

  const baseContext = (req?: Request, res?: Response): GraphQLContext => ({
    requestId: req ? String(req.id) : "in-process",
    em: orm.em.fork(),
    logger: req?.log ?? logger,
    config,
    principal: ANONYMOUS,
    bearerToken: req ? bearerTokenOf(req) : undefined,
    // In-process calls (tests, scripts) have no client to limit.
    consumeRateLimit: (action) =>
      req ? rateLimits.consume(action, req.ip ?? "unknown") : Promise.resolve(),
    now,
    req,
    res,
  });

  let migrationsDone = false;
  const app = createHttpApp({
    logger,
    apollo,
    context: async (req, res) => {
      const context = baseContext(req, res);
      context.principal = await principalOfRequest(context.em, req, config, now());
      return context;
    },
    routers: [
      attachmentsRouter({ orm, storage, rateLimits, config, tempDir: config.UPLOAD_TMP_DIR, now }),
    ],
    readiness: {
      async ready() {
        await orm.em.getConnection().execute("select 1");
        migrationsDone ||= (await pendingMigrations(orm)) === 0;
        return migrationsDone;
      },
    },
  });
  httpServer.on("request", app);
  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(config.PORT, config.HOST, () => resolve());
  });
  const jobs = startBackgroundJobs({ orm, storage, config, logger, now });
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${config.HOST}:${port}`;
  logger.info({ url }, "api listening");

  return {
    url,
    orm,
    apollo,
    server: httpServer,
    storage,
    context: (overrides: Partial<GraphQLContext> = {}) => ({ ...baseContext(), ...overrides }),
    async stop() {
      await apollo.stop(); // drains in-flight HTTP requests, then closes the server
      await jobs.stop();
      await orm.close();
    },
  } satisfies RunningApi;
}
