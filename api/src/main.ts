import "reflect-metadata";
import { ConfigError, parseConfig } from "./config/config";
import { createLogger } from "./logging/logger";
import { startApi } from "./app/api";

/** The API process: `node dist/main.js`, configured by the environment only. */
async function main(): Promise<void> {
  let config;
  try {
    config = parseConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.LOG_LEVEL);
  const starting = startApi({ config, logger });

  // Handled from the start, not once started: a signal that came between "api listening" and
  // the handlers killed the process on the spot. One that comes while starting stops the API
  // as soon as it has started.
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    const timer = setTimeout(() => {
      logger.error("shutdown timed out, exiting");
      process.exit(1);
    }, config.SHUTDOWN_TIMEOUT_MS);
    timer.unref();
    starting
      .then((api) => api.stop())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, "shutdown failed");
          process.exit(1);
        },
      );
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
  await starting;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
