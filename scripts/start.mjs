#!/usr/bin/env node
// `npm start`: builds what is stale (turbo's cache makes a second start quick), then runs the
// platform launcher in this same process, so that Ctrl-C and SIGTERM reach it directly.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.TURBO_TELEMETRY_DISABLED = "1";

console.log("Construction des applications (quelques minutes la première fois)…");
const build = spawnSync(
  process.execPath,
  [path.join(root, "node_modules/turbo/bin/turbo"), "run", "build", "--output-logs=errors-only"],
  { cwd: root, stdio: "inherit" },
);
if (build.status !== 0) {
  console.error("La construction a échoué : voir les messages ci-dessus.");
  process.exit(build.status ?? 1);
}
const require = createRequire(import.meta.url);
await require(path.join(root, "api/dist/dev/start-platform.js")).startPlatform();
