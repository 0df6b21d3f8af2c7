// Summarises a V8 CPU profile (.cpuprofile) as markdown: where the process's time went, by
// package or API folder (self time: the code that ran; stack time: the code that ran or was
// being called), and the heaviest functions. `node bench/lib/cpu-summary.mjs file` also works.
import { readFileSync } from "node:fs";

const SPECIAL = new Set(["(garbage collector)", "(program)", "(idle)", "(root)"]);

/** The package (node_modules), API folder (api/dist/<folder>) or runtime part of a frame. */
function categoryOf({ url, functionName }) {
  if (SPECIAL.has(functionName)) return functionName;
  if (!url) return "(native/V8)";
  const modules = url.lastIndexOf("/node_modules/");
  if (modules >= 0) {
    const [scope, name] = url.slice(modules + "/node_modules/".length).split("/");
    return scope?.startsWith("@") ? `${scope}/${name}` : String(scope);
  }
  const dist = url.indexOf("/api/dist/");
  if (dist >= 0) return `api/${url.slice(dist + "/api/dist/".length).split("/")[0]}`;
  if (url.startsWith("node:")) return url.split("/")[0];
  return url;
}

function frameName({ functionName, url, lineNumber }) {
  const file = url ? url.split("/").slice(-2).join("/") : "";
  return `${functionName || "(anonymous)"} ${file}:${lineNumber + 1}`;
}

export function summariseProfile(profile, { top = 25 } = {}) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);

  const self = new Map();
  const stack = new Map();
  const selfFn = new Map();
  let total = 0;
  let idle = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i + 1] ?? 0;
    const leaf = byId.get(id);
    if (leaf.callFrame.functionName === "(idle)") {
      idle += us;
      return;
    }
    total += us;
    const category = categoryOf(leaf.callFrame);
    self.set(category, (self.get(category) ?? 0) + us);
    const fn = `${category} · ${frameName(leaf.callFrame)}`;
    selfFn.set(fn, (selfFn.get(fn) ?? 0) + us);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      seen.add(categoryOf(byId.get(at).callFrame));
    }
    for (const c of seen) stack.set(c, (stack.get(c) ?? 0) + us);
  });

  const wall = (profile.endTime - profile.startTime) / 1000;
  const pct = (us) => `${((100 * us) / Math.max(1, total)).toFixed(1)} %`;
  const msOf = (us) => `${(us / 1000).toFixed(0)} ms`;
  const lines = [
    `CPU profile: ${(wall / 1000).toFixed(1)} s of wall time, ${msOf(total)} busy ` +
      `(${((100 * total) / Math.max(1, total + idle)).toFixed(0)} % of the main thread), ${msOf(idle)} idle.`,
    "",
    "| self | self % | on stack % | package or API folder |",
    "| ---: | ---: | ---: | --- |",
  ];
  for (const [c, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    lines.push(`| ${msOf(us)} | ${pct(us)} | ${pct(stack.get(c) ?? 0)} | ${c} |`);
  }
  lines.push("", "| self | self % | function |", "| ---: | ---: | --- |");
  for (const [fn, us] of [...selfFn].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    lines.push(`| ${msOf(us)} | ${pct(us)} | ${fn.replaceAll("|", "\\|")} |`);
  }
  return { text: lines.join("\n"), busyMs: total / 1000 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) throw new Error("usage: node bench/lib/cpu-summary.mjs <file.cpuprofile>");
  console.log(summariseProfile(JSON.parse(readFileSync(file, "utf8"))).text);
}
