import { expressMiddleware } from "@as-integrations/express5";
import type { ApolloServer } from "@apollo/server";
import express, {
  type ErrorRequestHandler,
  type Express,
  type Request,
  type Response,
  type Router,
} from "express";
import cookieParser from "cookie-parser";
import { pinoHttp } from "pino-http";
import type { GraphQLContext } from "../graphql/context";
import type { Logger } from "../logging/logger";
import { healthRouter, type Readiness } from "./health";
import { requestIdOf } from "./request-id";

export interface HttpAppOptions {
  logger: Logger;
  apollo: ApolloServer<GraphQLContext>;
  readiness: Readiness;
  /** Builds the GraphQL context of one request. */
  context: (req: Request, res: Response) => Promise<GraphQLContext>;
  /** Feature routes outside GraphQL (uploads, attachments…). */
  routers?: Router[];
}

const QUIET_PATHS = new Set(["/healthz", "/readyz", "/graphql"]);

export function createHttpApp(options: HttpAppOptions): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", "loopback");
  app.use(
    pinoHttp({
      logger: options.logger,
      genReqId: (req, res) => {
        const id = requestIdOf(req);
        res.setHeader("X-Request-Id", id);
        return id;
      },
      // Only technical fields: never the query string, headers, cookies or bodies.
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          path: req.url.split("?")[0],
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      customSuccessMessage: () => "request completed",
      customErrorMessage: () => "request failed",
      // GraphQL requests get one line from the operation log plugin instead (same request id).
      autoLogging: { ignore: (req) => QUIET_PATHS.has((req.url ?? "").split("?")[0] ?? "") },
    }),
  );
  app.use(healthRouter(options.readiness));
  app.use(cookieParser());
  for (const router of options.routers ?? []) app.use(router);
  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(options.apollo, { context: ({ req, res }) => options.context(req, res) }),
  );
  app.use((_req, res) => {
    res.status(404).json({ code: "NOT_FOUND", message: "Adresse introuvable." });
  });
  app.use(httpErrorHandler);
  return app;
}

/**
 * Body-parser and other middleware errors: JSON answers, never an HTML page or a 500. On
 * /graphql they take the GraphQL response shape, so that clients read them like any other error.
 */
const httpErrorHandler: ErrorRequestHandler = (error: unknown, req, res, _next) => {
  const { type, status } = error as { type?: string; status?: number };
  const send = (httpStatus: number, code: string, message: string, extra = {}) => {
    const body = req.path.startsWith("/graphql")
      ? { errors: [{ message, extensions: { code, ...extra } }] }
      : { code, ...extra, message };
    res.status(httpStatus).json(body);
  };
  if (type === "entity.too.large") {
    send(413, "BAD_USER_INPUT", "La requête est trop volumineuse.", { reason: "TOO_LARGE" });
  } else if (type === "entity.parse.failed" || type === "encoding.unsupported") {
    send(400, "BAD_USER_INPUT", "Le corps de la requête est illisible.");
  } else if (status !== undefined && status >= 400 && status < 500) {
    send(status, "BAD_USER_INPUT", "Requête invalide.");
  } else {
    req.log.error({ err: error }, "unhandled http error");
    send(
      500,
      "INTERNAL_SERVER_ERROR",
      "Une erreur interne est survenue. Réessayez dans quelques instants.",
    );
  }
};
