import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import type { GraphQLContext } from "../src/graphql/context";
import { parseConfig, type Config } from "../src/config/config";
import { createLogger } from "../src/logging/logger";
import { startApi, type RunningApi } from "../src/app/api";
import { workerDatabaseUrl } from "./database";

export interface TestApi extends RunningApi {
  /** Every log line the API wrote, as parsed JSON. */
  logs: Record<string, unknown>[];
  /** POST /graphql over HTTP; returns the parsed body and the response. */
  http<T = unknown>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: GraphQLBody<T>; headers: Headers }>;
  /** The same operation in-process, through Apollo's executeOperation. */
  exec<T = unknown>(
    query: string,
    variables?: Record<string, unknown>,
    context?: Partial<GraphQLContext>,
  ): Promise<GraphQLBody<T>>;
}

export interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** Starts a real API (port 0) on this worker's database, with logs captured in memory. */
export async function startTestApi(
  env: Record<string, string> = {},
  now?: () => Date,
): Promise<TestApi> {
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString("utf8").split("\n")) {
        if (line.trim()) logs.push(JSON.parse(line) as Record<string, unknown>);
      }
      done();
    },
  });
  const config: Config = parseConfig({
    NODE_ENV: "test",
    STORAGE_DIR: path.join(os.tmpdir(), `mrs-test-uploads-${process.pid}`),
    UPLOAD_TMP_DIR: path.join(os.tmpdir(), `mrs-test-upload-tmp-${process.pid}`),
    OUTBOX_DIR: path.join(os.tmpdir(), `mrs-test-outbox-${process.pid}`),
    // Every test file of a worker shares one database and one client address: the limits
    // are tested by their own test, with low values and distinct addresses.
    RATE_LIMIT_DRAFTS_PER_HOUR: "100000",
    RATE_LIMIT_SUBMISSIONS_PER_HOUR: "100000",
    RATE_LIMIT_UPLOADS_PER_HOUR: "100000",
    PORT: "0",
    LOG_LEVEL: "info",
    DATABASE_URL: await workerDatabaseUrl(),
    DATABASE_POOL_MAX: "5",
    ...env,
  });
  const api = await startApi({ config, logger: createLogger(config.LOG_LEVEL, sink), now });
  return {
    ...api,
    logs,
    async http(query, variables, headers = {}) {
      const response = await fetch(`${api.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return {
        status: response.status,
        body: (await response.json()) as never,
        headers: response.headers,
      };
    },
    async exec(query, variables, context) {
      const result = await api.apollo.executeOperation(
        { query, variables },
        { contextValue: api.context(context) },
      );
      if (result.body.kind !== "single") throw new Error("incremental delivery is not used");
      return result.body.singleResult as never;
    },
  };
}
