import { createWriteStream } from "node:fs";
import { open, readFile } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import heicConvert from "heic-convert";
import sharp from "sharp";
import { ByteMeter } from "./byte-meter";

/** The types the platform keeps (SPEC 4.2). HEIC photos are converted to JPEG. */
export type StoredContentType = "image/jpeg" | "image/png" | "application/pdf";

type Detected = StoredContentType | "image/heic";

/** A document as received, on disk: see receiveMultipart. */
export interface ReceivedDocument {
  path: string;
  sizeBytes: number;
  sha256: string;
  head: Buffer;
}

/** What is stored: a file on disk, with its own size and checksum. */
export interface StoredDocument {
  contentType: StoredContentType;
  path: string;
  sizeBytes: number;
  sha256: string;
}

export type ContentResult =
  | ({ ok: true; convertedFromHeic: boolean } & StoredDocument)
  | { ok: false; reason: "EMPTY" | "UNSUPPORTED_TYPE" | "UNREADABLE" };

// A 12-megapixel phone photo is 12 M pixels; 50 M leaves room for scans and refuses
// decompression bombs before they are decoded.
const MAX_PIXELS = 50_000_000;

const HEIF_BRANDS = new Set(["heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1"]);

/** How far from the end a PDF's end-of-file marker may be (trailing blank lines, padding). */
const PDF_TAIL_BYTES = 1024;

/**
 * The type of a document from its first bytes ("magic numbers"), never from its name or
 * the browser's declared type. Only the four accepted formats are recognised: their
 * signatures are short and fixed, so no sniffing library is needed for them.
 */
export function detectType(head: Buffer): Detected | null {
  if (head.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))) return "image/jpeg";
  if (head.subarray(0, 8).equals(Buffer.from("89504e470d0a1a0a", "hex"))) return "image/png";
  if (head.subarray(0, 5).toString("latin1") === "%PDF-") return "application/pdf";
  if (head.subarray(4, 8).toString("latin1") === "ftyp") {
    const brand = head.subarray(8, 12).toString("latin1");
    if (HEIF_BRANDS.has(brand)) return "image/heic";
  }
  return null;
}

/**
 * Checks a received document and tells what to store: images decoded and re-encoded
 * upright (EXIF orientation applied) with every metadata block dropped — GPS position,
 * camera, dates — into a file beside the received one; PDFs kept as they are, the received
 * file itself, once their structure looks complete.
 */
export async function normaliseDocument(received: ReceivedDocument): Promise<ContentResult> {
  if (received.sizeBytes === 0) return { ok: false, reason: "EMPTY" };
  const type = detectType(received.head);
  if (type === null) return { ok: false, reason: "UNSUPPORTED_TYPE" };
  const output = path.join(path.dirname(received.path), "normalised");
  try {
    switch (type) {
      case "application/pdf":
        return (await endsLikePdf(received))
          ? { ok: true, contentType: type, convertedFromHeic: false, ...storedAsReceived(received) }
          : { ok: false, reason: "UNREADABLE" };
      case "image/heic": {
        // heic-convert (libheif compiled to WebAssembly) only takes a buffer: the photo is
        // read whole, at most the upload limit, and only for this rarer format.
        const jpeg = await heicConvert({ buffer: await readFile(received.path), format: "JPEG" });
        return { ...(await reencode(Buffer.from(jpeg), output, "jpeg")), convertedFromHeic: true };
      }
      case "image/jpeg":
        return { ...(await reencode(received.path, output, "jpeg")), convertedFromHeic: false };
      case "image/png":
        return { ...(await reencode(received.path, output, "png")), convertedFromHeic: false };
    }
  } catch {
    return { ok: false, reason: "UNREADABLE" };
  }
}

async function reencode(
  input: string | Buffer,
  output: string,
  format: "jpeg" | "png",
): Promise<{ ok: true } & StoredDocument> {
  // sharp reads the file itself, but decoding holds the whole bitmap in memory: that cost is
  // proportional to the picture's pixels (bounded by MAX_PIXELS) and inherent to re-encoding.
  // It drops all metadata unless asked to keep it; failOn "warning" refuses truncated or
  // corrupt images instead of storing a half-grey picture.
  const image = sharp(input, { limitInputPixels: MAX_PIXELS, failOn: "warning" }).rotate();
  const encoded =
    format === "jpeg" ? image.jpeg({ quality: 85 }) : image.png({ compressionLevel: 9 });
  const meter = new ByteMeter();
  await pipeline(encoded, meter, createWriteStream(output, { flags: "wx", mode: 0o600 }));
  return {
    ok: true,
    contentType: format === "jpeg" ? "image/jpeg" : "image/png",
    path: output,
    sizeBytes: meter.bytes,
    sha256: meter.sha256,
  };
}

function storedAsReceived({ path, sizeBytes, sha256 }: ReceivedDocument) {
  return { path, sizeBytes, sha256 };
}

/** A PDF ends with an end-of-file marker near its last byte; a cut download does not. */
async function endsLikePdf(received: ReceivedDocument): Promise<boolean> {
  const length = Math.min(PDF_TAIL_BYTES, received.sizeBytes);
  const file = await open(received.path, "r");
  try {
    const tail = Buffer.alloc(length);
    const { bytesRead } = await file.read(tail, 0, length, received.sizeBytes - length);
    return tail.subarray(0, bytesRead).includes("%%EOF");
  } finally {
    await file.close();
  }
}
