import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { copyFile, mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { AttachmentKind } from "../../attachments/attachment-kind";
import { normaliseDocument } from "../../attachments/document-content";
import type { SeedDocument } from "./insert-claim";

/**
 * The shared fixture documents sit beside the repository (`<repo>/../shared/fixtures`); this
 * module is four levels below the repository root, in src/ as in dist/.
 */
export const FIXTURE_DOCUMENTS = path.resolve(
  __dirname,
  "../../../..",
  "..",
  "shared/fixtures/documents",
);

export interface DemoDocuments {
  prescriptionPhoto: SeedDocument;
  prescriptionScan: SeedDocument;
  tollReceipt: SeedDocument;
  parkingReceipt: SeedDocument;
  trainTicket: SeedDocument;
}

const FILES: Record<keyof DemoDocuments, [string, AttachmentKind, string]> = {
  prescriptionPhoto: ["pmt-photo.jpg", AttachmentKind.PRESCRIPTION, "IMG_4021.jpg"],
  prescriptionScan: ["pmt-scan.pdf", AttachmentKind.PRESCRIPTION, "prescription transport.pdf"],
  tollReceipt: ["receipt-toll.png", AttachmentKind.VP_RECEIPT, "ticket péage.png"],
  parkingReceipt: ["receipt-parking.jpg", AttachmentKind.VP_RECEIPT, "parking hôpital.jpg"],
  trainTicket: ["receipt-train.pdf", AttachmentKind.ATP_RECEIPT, "billet TER.pdf"],
};

/**
 * The demo documents, read once and put through the same normalisation as an upload (type
 * from the content, images re-encoded without metadata). Null when the folder is absent.
 */
export async function readDemoDocuments(dir = FIXTURE_DOCUMENTS): Promise<DemoDocuments | null> {
  if (!existsSync(dir)) return null;
  const entries = await Promise.all(
    Object.entries(FILES).map(async ([name, [file, kind, fileName]]) => {
      const { contentType, data } = await normalised(path.join(dir, file));
      const document: SeedDocument = { kind, fileName, contentType, data };
      return [name, document] as const;
    }),
  );
  const byName = new Map(entries);
  const get = (name: keyof DemoDocuments): SeedDocument => {
    const document = byName.get(name);
    if (!document) throw new Error(`demo document ${name} missing`);
    return document;
  };
  return {
    prescriptionPhoto: get("prescriptionPhoto"),
    prescriptionScan: get("prescriptionScan"),
    tollReceipt: get("tollReceipt"),
    parkingReceipt: get("parkingReceipt"),
    trainTicket: get("trainTicket"),
  };
}

/** A fixture put through the upload pipeline, in a scratch folder of its own. */
async function normalised(file: string) {
  const scratch = await mkdtemp(path.join(os.tmpdir(), "mrs-demo-"));
  try {
    const received = path.join(scratch, "received");
    await copyFile(file, received);
    const bytes = await readFile(received);
    const result = await normaliseDocument({
      path: received,
      sizeBytes: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      head: bytes.subarray(0, 64),
    });
    if (!result.ok)
      throw new Error(`demo document ${path.basename(file)} refused: ${result.reason}`);
    return { contentType: result.contentType, data: await readFile(result.path) };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
