// Benchmark 4: ten 10 MiB uploads, one after the other, to the API in its own process. We
// sample the process's resident memory every 10 ms; the baseline is a bare node:http server
// that streams the same bodies to disk.
import { randomBytes } from "node:crypto";
import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { graphql, startApiProcess } from "./lib/api-process.mjs";
import { benchDatabase } from "./lib/database.mjs";
import { ms, ratio, report, table } from "./lib/report.mjs";

const MIB = 1024 * 1024;
const UPLOADS = 10;

/** A well-formed PDF of exactly 10 MiB: what a phone's multi-page scan can weigh. */
function tenMebibytePdf() {
  const head = Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "latin1");
  const tail = Buffer.from("\n%%EOF\n", "latin1");
  return Buffer.concat([head, randomBytes(10 * MIB - head.length - tail.length), tail]);
}

function multipart(file) {
  const form = new FormData();
  form.set("kind", "PRESCRIPTION");
  form.set("file", new Blob([file], { type: "application/pdf" }), "scan.pdf");
  return form;
}

async function measure(rss, send) {
  const before = rss();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rss())), 10);
  const times = [];
  try {
    for (let i = 0; i < UPLOADS; i += 1) {
      const started = performance.now();
      await send();
      times.push(performance.now() - started);
    }
  } finally {
    clearInterval(sampler);
  }
  times.sort((a, b) => a - b);
  return {
    before,
    growth: peak - before,
    median: times[Math.floor(UPLOADS / 2)],
    max: times.at(-1),
  };
}

export async function run() {
  const file = tenMebibytePdf();
  const db = await benchDatabase();
  const api = await startApiProcess(db.url);
  const dir = mkdtempSync(path.join(os.tmpdir(), "mrs-bench-upload-"));
  const bare = createServer(async (req, res) => {
    await pipeline(req, createWriteStream(path.join(dir, `${Date.now()}-${Math.random()}`)));
    res.writeHead(201).end("{}");
  });
  await new Promise((resolve) => bare.listen(0, "127.0.0.1", resolve));
  const bareUrl = `http://127.0.0.1:${bare.address().port}/uploads`;
  try {
    const { startClaimDraft: draft } = await graphql(
      api.url,
      "mutation { startClaimDraft { id token } }",
    );
    const ours = await measure(api.rss, async () => {
      const response = await fetch(`${api.url}/uploads`, {
        method: "POST",
        headers: { authorization: `Bearer ${draft.token}` },
        body: multipart(file),
      });
      if (response.status !== 201)
        throw new Error(`upload ${response.status}: ${await response.text()}`);
    });
    const selfRss = () => process.memoryUsage().rss;
    const base = await measure(selfRss, async () => {
      await (await fetch(bareUrl, { method: "POST", body: multipart(file) })).text();
    });
    const mib = (b) => `${(b / MIB).toFixed(1)} MiB`;
    const rows = [
      ["bare node:http streaming to disk", ms(base.median), ms(base.max), "—", "1.00×"],
      [
        "POST /uploads (checked, stored)",
        ms(ours.median),
        ms(ours.max),
        `${mib(ours.before)} → +${mib(ours.growth)}`,
        ratio(ours.median / base.median),
      ],
    ];
    report(
      "upload",
      `4. Upload: ${UPLOADS} PDFs of 10 MiB, one after the other`,
      `${table(["server", "median", "slowest", "API resident memory: before → peak growth", "time vs bare"], rows)}\n\n` +
        `Target growth < 50 MiB: **${ours.growth < 50 * MIB ? "met" : "missed"}** (+${mib(ours.growth)}).`,
    );
  } finally {
    bare.close();
    rmSync(dir, { recursive: true, force: true });
    await api.stop();
    await db.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
