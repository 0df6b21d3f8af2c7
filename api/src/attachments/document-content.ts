import heicConvert from "heic-convert";
import sharp from "sharp";

/** The types the platform keeps (SPEC 4.2). HEIC photos are converted to JPEG. */
export type StoredContentType = "image/jpeg" | "image/png" | "application/pdf";

type Detected = StoredContentType | "image/heic";

export type ContentResult =
  | { ok: true; contentType: StoredContentType; data: Buffer; convertedFromHeic: boolean }
  | { ok: false; reason: "EMPTY" | "UNSUPPORTED_TYPE" | "UNREADABLE" };

// A 12-megapixel phone photo is 12 M pixels; 50 M leaves room for scans and refuses
// decompression bombs before they are decoded.
const MAX_PIXELS = 50_000_000;

const HEIF_BRANDS = new Set(["heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1"]);

/**
 * The type of a document from its first bytes ("magic numbers"), never from its name or
 * the browser's declared type. Only the four accepted formats are recognised.
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
 * Checks a received document and returns what is stored: images decoded and re-encoded
 * upright (EXIF orientation applied) with every metadata block dropped — GPS position,
 * camera, dates — and PDFs kept as they are once their structure looks complete.
 */
export async function normaliseDocument(data: Buffer): Promise<ContentResult> {
  if (data.length === 0) return { ok: false, reason: "EMPTY" };
  const type = detectType(data.subarray(0, 64));
  if (type === null) return { ok: false, reason: "UNSUPPORTED_TYPE" };
  try {
    switch (type) {
      case "application/pdf":
        return isCompletePdf(data)
          ? { ok: true, contentType: type, data, convertedFromHeic: false }
          : { ok: false, reason: "UNREADABLE" };
      case "image/heic":
        return {
          ...(await reencode(Buffer.from(await heicConvert({ buffer: data, format: "JPEG" })))),
          convertedFromHeic: true,
        };
      case "image/jpeg":
        return { ...(await reencode(data)), convertedFromHeic: false };
      case "image/png":
        return { ...(await reencode(data, "png")), convertedFromHeic: false };
    }
  } catch {
    return { ok: false, reason: "UNREADABLE" };
  }
}

async function reencode(
  data: Buffer,
  format: "jpeg" | "png" = "jpeg",
): Promise<{ ok: true; contentType: "image/jpeg" | "image/png"; data: Buffer }> {
  // sharp drops all metadata unless asked to keep it; failOn "warning" refuses truncated
  // or corrupt images instead of storing a half-grey picture.
  const image = sharp(data, { limitInputPixels: MAX_PIXELS, failOn: "warning" }).rotate();
  const output =
    format === "jpeg"
      ? await image.jpeg({ quality: 85 }).toBuffer()
      : await image.png({ compressionLevel: 9 }).toBuffer();
  return { ok: true, contentType: format === "jpeg" ? "image/jpeg" : "image/png", data: output };
}

/** A PDF ends with an end-of-file marker near its last byte; a cut download does not. */
function isCompletePdf(data: Buffer): boolean {
  return data.subarray(Math.max(0, data.length - 1024)).includes("%%EOF");
}
