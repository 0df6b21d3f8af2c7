import type { IncomingMessage } from "node:http";
import busboy from "busboy";

export interface ReceivedUpload {
  fields: Map<string, string>;
  file: { name: string; data: Buffer; truncated: boolean } | null;
}

/**
 * Reads a multipart upload with one file (field "file") and a few short fields. The file is
 * kept only up to `maxBytes`: past the limit the rest of the body is read and discarded, and
 * `truncated` tells the caller to refuse it, so memory never exceeds the limit.
 */
export function receiveMultipart(req: IncomingMessage, maxBytes: number): Promise<ReceivedUpload> {
  return new Promise((resolve, reject) => {
    const fields = new Map<string, string>();
    let file: ReceivedUpload["file"] = null;
    let fileDone: Promise<void> = Promise.resolve();
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        // busboy flags a file that reaches its limit; one byte more keeps a file of exactly
        // maxBytes (SPEC 4.2: "≤ 10 MiB") acceptable.
        limits: { fileSize: maxBytes + 1, files: 1, fields: 5, fieldSize: 200, parts: 6 },
        defParamCharset: "utf8",
      });
    } catch (error) {
      reject(error);
      return;
    }
    parser.on("field", (name, value) => fields.set(name, value));
    parser.on("file", (name, stream, info) => {
      if (name !== "file") {
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      let truncated = false;
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("limit", () => {
        truncated = true;
      });
      fileDone = new Promise((done) =>
        stream.on("close", () => {
          file = { name: info.filename ?? "", data: Buffer.concat(chunks), truncated };
          done();
        }),
      );
    });
    parser.on("error", reject);
    parser.on("close", () => void fileDone.then(() => resolve({ fields, file })));
    req.pipe(parser);
  });
}

/** A display name from the device's file name: no path, no control characters, bounded. */
export function safeFileName(raw: string | undefined, converted: boolean): string {
  const base = (raw ?? "")
    .normalize("NFC")
    .split(/[\\/]/)
    .pop()
    ?.replace(/[\p{Cc}"<>|*?:]/gu, "")
    .trim()
    .slice(0, 200);
  const name = base && base !== "." && base !== ".." ? base : "document";
  return converted ? name.replace(/\.(heic|heif)$/i, "") + ".jpg" : name;
}
