// Preloaded into the API process for `BENCH_PROFILE=1` (node --require): SIGUSR2 starts the
// V8 CPU profiler, the next SIGUSR2 stops it and writes the profile to $BENCH_CPU_PROFILE,
// so that the profile covers the timed phase only, on a warm process.
const { mkdirSync, renameSync, writeFileSync } = require("node:fs");
const path = require("node:path");
const inspector = require("node:inspector");

const session = new inspector.Session();
session.connect();
let running = false;

process.on("SIGUSR2", () => {
  if (!running) {
    running = true;
    session.post("Profiler.enable", () =>
      session.post("Profiler.setSamplingInterval", { interval: 500 }, () =>
        session.post("Profiler.start"),
      ),
    );
    return;
  }
  running = false;
  session.post("Profiler.stop", (error, result) => {
    if (error) throw error;
    // Written aside then renamed, so that the bench never reads half a file.
    const file = process.env.BENCH_CPU_PROFILE;
    // bench/results is not committed: a fresh clone has none until a first report.
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(`${file}.part`, JSON.stringify(result.profile));
    renameSync(`${file}.part`, file);
  });
});
