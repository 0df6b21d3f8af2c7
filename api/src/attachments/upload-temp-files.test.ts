import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { request } from "node:http";
import os from "node:os";
import path from "node:path";
import { sharedFixture } from "../../test/fixtures";
import { FROZEN_NOW, startDraft, upload } from "../../test/factories";
import { startTestApi, type TestApi } from "../../test/test-api";
import { Attachment } from "./attachment.entity";

// Uploads are streamed to a temporary file, never held whole in memory: these tests check
// that the temporary files always go away and that what is stored is what was sent.
let api: TestApi;
let tempDir: string;
beforeAll(async () => {
  tempDir = mkdtempSync(path.join(os.tmpdir(), "mrs-upload-tmp-test-"));
  api = await startTestApi({ UPLOAD_TMP_DIR: tempDir }, () => FROZEN_NOW);
});
afterAll(async () => {
  await api.stop();
});

async function eventually(condition: () => boolean): Promise<boolean> {
  for (let i = 0; i < 250 && !condition(); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return condition();
}

/** Bytes of the file being received, or 0 when no upload is in progress. */
function receivingBytes(): number {
  return readdirSync(tempDir)
    .map((dir) => path.join(tempDir, dir, "received"))
    .reduce((total, file) => total + (statSync(file, { throwIfNoEntry: false })?.size ?? 0), 0);
}

describe("temporary files of uploads", () => {
  it("are removed after accepted and refused uploads", async () => {
    const draft = await startDraft(api);
    const answers = [];
    for (const file of [
      "pmt-photo.jpg",
      "pmt-scan.pdf",
      "bad-html-named.pdf",
      "bad-oversize.jpg",
    ]) {
      answers.push((await upload(api, draft.token, "PRESCRIPTION", file)).status);
    }
    expect(answers).toEqual([201, 201, 415, 413]);
    // Removed right after the answer is sent, hence the short wait.
    expect(await eventually(() => readdirSync(tempDir).length === 0)).toBe(true);
  });

  it("are removed when the client goes away in the middle of an upload", async () => {
    const draft = await startDraft(api);
    const boundary = "mrs-test-boundary";
    const { hostname, port } = new URL(api.url);
    const client = request({
      host: hostname,
      port,
      method: "POST",
      path: "/uploads",
      headers: {
        authorization: `Bearer ${draft.token}`,
        "content-type": `multipart/form-data; boundary=${boundary}`,
        "content-length": String(8 * 1024 * 1024),
      },
    });
    client.on("error", () => undefined); // the connection is cut on purpose
    client.write(
      `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nPRESCRIPTION\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="scan.pdf"\r\n` +
        `Content-Type: application/pdf\r\n\r\n%PDF-1.4\n`,
    );
    client.write(Buffer.alloc(512 * 1024, 0x20));
    expect(await eventually(() => receivingBytes() > 0)).toBe(true);

    client.destroy();
    expect(await eventually(() => readdirSync(tempDir).length === 0)).toBe(true);
    expect(api.logs.some((line) => line.msg === "upload aborted by the client")).toBe(true);
    const next = await upload(api, draft.token, "PRESCRIPTION", "pmt-scan.pdf");
    expect(next.status).toBe(201);
  });

  it("stores a PDF byte for byte, with the checksum computed while it was received", async () => {
    const draft = await startDraft(api);
    const bytes = readFileSync(sharedFixture("documents", "pmt-scan.pdf"));
    const { body } = await upload(api, draft.token, "PRESCRIPTION", "pmt-scan.pdf");
    const row = await api.orm.em.fork().findOneOrFail(Attachment, { id: String(body.id) });
    expect(row.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    expect(row.sizeBytes).toBe(bytes.length);
    expect((await api.storage.get(row.storageKey))?.equals(bytes)).toBe(true);
  });
});
