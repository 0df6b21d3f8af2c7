import { createWriteStream } from "node:fs";
import type { IncomingMessage } from "node:http";
import path from "node:path";
import { finished, pipeline } from "node:stream/promises";
import busboy from "busboy";
import { ByteMeter } from "./byte-meter";

/** The received file, on disk in the upload's temporary folder. */
export interface ReceivedFile {
  name: string;
  path: string;
  sizeBytes: number;
  sha256: string;
  /** The first bytes, enough to recognise the type. */
  head: Buffer;
  /** True when the file exceeded the limit: the caller refuses it. */
  truncated: boolean;
}

export interface ReceivedUpload {
  fields: Map<string, string>;
  file: ReceivedFile | null;
}

/** The client went away before its upload was complete: there is nobody left to answer. */
export class UploadAborted extends Error {
  constructor() {
    super("upload aborted by the client");
    this.name = "UploadAborted";
  }
}

/** The body is not a well-formed multipart form (no boundary, cut parts…): the client's fault. */
export class MalformedUpload extends Error {
  constructor(cause: unknown) {
    super("malformed multipart body", { cause });
    this.name = "MalformedUpload";
  }
}

const HEAD_BYTES = 64;

/**
 * Reads a multipart upload with one file (field "file") and a few short fields. The file is
 * streamed into `workDir` while it is counted and hashed, so memory stays flat whatever its
 * size. Past `maxBytes` busboy reads and discards the rest of the body, and `truncated` tells
 * the caller to refuse it. Rejects only once the file is closed, so the caller may remove
 * `workDir` right after, whatever happened.
 */
export async function receiveMultipart(
  req: IncomingMessage,
  maxBytes: number,
  workDir: string,
): Promise<ReceivedUpload> {
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
    req.resume(); // drain the body so the connection can answer
    throw new MalformedUpload(error); // e.g. a multipart content type without its boundary
  }
  const fields = new Map<string, string>();
  let file: ReceivedFile | null = null;
  // Settles to the write error, if any: never a rejected promise left without a handler.
  let fileWritten: Promise<unknown> = Promise.resolve(null);
  parser.on("field", (name, value) => fields.set(name, value));
  parser.on("file", (name, stream, info) => {
    if (name !== "file") {
      stream.resume();
      return;
    }
    const target = path.join(workDir, "received");
    const meter = new ByteMeter(HEAD_BYTES);
    let truncated = false;
    stream.on("limit", () => {
      truncated = true;
    });
    fileWritten = pipeline(stream, meter, createWriteStream(target, { flags: "wx", mode: 0o600 }))
      .then(() => {
        const { bytes: sizeBytes, sha256, head } = meter;
        file = { name: info.filename ?? "", path: target, sizeBytes, sha256, head, truncated };
        return null;
      })
      .catch((error: unknown) => {
        // A full disk, say: stop reading the body too, or busboy would wait for us forever.
        parser.destroy(error instanceof Error ? error : new Error(String(error)));
        return error;
      });
  });
  // A client that goes away closes the request before its end ("error" too, once listened to).
  const abort = () => parser.destroy(new UploadAborted());
  req.once("error", abort);
  req.once("close", () => {
    if (!req.complete) abort();
  });
  req.pipe(parser);
  const parseError = await finished(parser).then(
    () => null,
    (error: unknown) => error,
  );
  const writeError = await fileWritten;
  if (parseError instanceof UploadAborted) throw parseError;
  // A file-system failure (full disk…) is ours; anything else that broke parsing, including
  // the file stream cut short by a body that ends mid-part, is the body's.
  if (isFileSystemError(writeError)) throw writeError;
  if (parseError !== null) throw new MalformedUpload(parseError);
  if (writeError !== null) throw writeError;
  return { fields, file };
}

function isFileSystemError(error: unknown): boolean {
  return error instanceof Error && "syscall" in error;
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
