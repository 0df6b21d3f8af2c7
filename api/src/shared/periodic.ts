import type { Logger } from "../logging/logger";

export interface PeriodicTask {
  /** Stops the loop and waits for a run in progress to finish. */
  stop(): Promise<void>;
}

/**
 * Runs `task` now and then every `intervalMs` after each run ends (never two runs of one
 * process at once). A run that reports more work (returns true) is followed immediately.
 * Errors are logged and the loop goes on: background work must not stop the API.
 */
export function runPeriodically(
  name: string,
  intervalMs: number,
  task: () => Promise<boolean>,
  logger: Logger,
): PeriodicTask {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const tick = () => {
    running = (async () => {
      let more = false;
      try {
        more = await task();
      } catch (error) {
        logger.error({ err: error, task: name }, "background task failed");
      }
      if (!stopped) timer = setTimeout(tick, more ? 0 : intervalMs);
    })();
  };
  timer = setTimeout(tick, 0);

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
