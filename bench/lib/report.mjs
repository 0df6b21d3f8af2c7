// Prints a markdown table and writes it, with the machine's description, to bench/results/.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

export function machine() {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const memGiB = (os.totalmem() / 2 ** 30).toFixed(0);
  const load = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
  return `${os.cpus().length} × ${cpu}, ${memGiB} GiB, Node ${process.version}, ${os.platform()} ${os.release()}, load average ${load}`;
}

export function table(headers, rows) {
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(headers), line(headers.map(() => "---")), ...rows.map(line)].join("\n");
}

export function report(name, title, body) {
  const text = `## ${title}\n\n${machine()}, ${new Date().toISOString()}\n\n${body}\n`;
  console.log(`\n${text}`);
  const dir = path.join(here, "..", "results");
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${name}.md`), text);
}

export const ms = (v) => `${v.toFixed(1)} ms`;
export const ratio = (v) => `${v.toFixed(2)}×`;
