#!/usr/bin/env node
// `npm run bench [name…]`: runs the benchmarks (all by default); each prints its table and
// writes it to bench/results/<name>.md. Run on a quiet machine: every figure is compared with
// its baseline measured in the same run.
const benches = {
  "graphql-layer": () => import("./graphql-layer.mjs"),
  submission: () => import("./submission.mjs"),
  queue: () => import("./queue.mjs"),
  upload: () => import("./upload.mjs"),
  web: () => import("./web.mjs"),
};

const wanted = process.argv.slice(2);
for (const [name, load] of Object.entries(benches)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  console.log(`\n# ${name}`);
  await (await load()).run();
}
