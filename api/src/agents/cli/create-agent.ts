import "reflect-metadata";
import { runCreateAgent } from "./create-agent-command";

// `npm run agent:create -w api -- --email … --caisse 311 --role AGENT` (after `npm run build`).
runCreateAgent(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
