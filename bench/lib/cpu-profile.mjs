// Summary of a V8 CPU profile (`node --cpu-prof`): where the samples fall, by package or by
// file of ours, counted both as self time (the function on top of the stack) and as inclusive
// time (anywhere in the stack, each sample counted once per category).
import { readFileSync } from "node:fs";

/** The category of a call frame: an npm package, a file of ours, a node module or a V8 tag. */
export function categoryOf({ url, functionName }) {
  if (!url) return functionName || "(anonymous native)";
  const modules = url.lastIndexOf("/node_modules/");
  if (modules !== -1) {
    const [first, second] = url.slice(modules + "/node_modules/".length).split("/");
    return first?.startsWith("@") ? `${first}/${second}` : (first ?? url);
  }
  const ours = /\/api\/dist\/(.+)\.js$/.exec(url);
  if (ours) return `api/${ours[1]}`;
  if (url.startsWith("node:")) return url;
  return url;
}

/**
 * `window`: [from, to] in milliseconds since the profile started (about when the process
 * did), so that start-up does not count; samples outside it are left out.
 */
export function summariseProfile(file, window = [0, Infinity]) {
  const profile = JSON.parse(readFileSync(file, "utf8"));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const self = new Map();
  const inclusive = new Map();
  const functions = new Map();
  let total = 0;
  let idle = 0;
  let at = 0;
  profile.samples.forEach((id, index) => {
    const micros = profile.timeDeltas[index] ?? 0;
    at += micros;
    if (at < window[0] * 1000 || at > window[1] * 1000) return;
    const node = byId.get(id);
    if (node.callFrame.functionName === "(idle)") {
      idle += micros;
      return;
    }
    total += micros;
    const top = categoryOf(node.callFrame);
    self.set(top, (self.get(top) ?? 0) + micros);
    const seen = new Set();
    const seenFunctions = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at).callFrame;
      const category = categoryOf(frame);
      if (!seen.has(category)) {
        seen.add(category);
        inclusive.set(category, (inclusive.get(category) ?? 0) + micros);
      }
      if (frame.url.includes("/api/dist/") && frame.functionName) {
        const name = `${frame.functionName} (${categoryOf(frame)})`;
        if (!seenFunctions.has(name)) {
          seenFunctions.add(name);
          functions.set(name, (functions.get(name) ?? 0) + micros);
        }
      }
    }
  });
  const ranked = (map, count) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, micros]) => ({ name, ms: micros / 1000, share: micros / total }));
  return {
    busyMs: total / 1000,
    idleMs: idle / 1000,
    self: ranked(self, 15),
    inclusive: ranked(inclusive, 25),
    ourFunctions: ranked(functions, 20),
  };
}
