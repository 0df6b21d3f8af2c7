import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { startFakeS3, type FakeS3 } from "../../test/fake-s3";
import { S3FileStorage } from "./s3-storage";

const settings = {
  accessKeyId: "TESTKEY",
  secretAccessKey: "test-secret",
  region: "fr-par",
  bucket: "justificatifs",
  pathStyle: true,
};
const key = "2026/12/03/0d6b6d8e-5f8a-4c2e-9a57-0f3c2b1a9e11";
const MIB = 1024 * 1024;

let s3: FakeS3;
let dir: string;
beforeEach(async () => {
  s3 = await startFakeS3(settings.accessKeyId);
  dir = mkdtempSync(path.join(os.tmpdir(), "mrs-s3-test-"));
});
afterEach(async () => {
  await s3.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("S3FileStorage against an S3-compatible server", () => {
  it("puts, gets and deletes a file with SigV4-signed requests (path-style bucket)", async () => {
    const storage = new S3FileStorage({ ...settings, endpoint: s3.url });
    const file = path.join(dir, "scan.pdf");
    writeFileSync(file, "%PDF-1.4 test\n%%EOF\n");

    await storage.put(key, { filePath: file });
    expect([...s3.objects.keys()]).toEqual([`/justificatifs/${key}`]);
    expect((await storage.get(key))?.toString()).toBe("%PDF-1.4 test\n%%EOF\n");
    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
    await expect(storage.delete(key)).resolves.toBeUndefined();
    expect(s3.requests.map((r) => r.method)).toEqual(["PUT", "GET", "DELETE", "GET", "DELETE"]);
    for (const { authorization } of s3.requests) {
      expect(authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=TESTKEY\/\d{8}\/fr-par\/s3\//);
    }
  });

  it("streams a source of unknown length, in parts past 5 MiB, byte for byte", async () => {
    const storage = new S3FileStorage({ ...settings, endpoint: s3.url });
    const small = Buffer.from("%PDF-1.4 small\n%%EOF\n");
    await storage.put(key, { stream: Readable.from([small]) });
    expect(s3.objects.get(`/justificatifs/${key}`)?.equals(small)).toBe(true);

    const large = Buffer.alloc(7 * MIB, "0123456789abcdef");
    const chunks = [large.subarray(0, 3 * MIB), large.subarray(3 * MIB)];
    await storage.put(key, { stream: Readable.from(chunks) });
    expect((await storage.get(key))?.equals(large)).toBe(true);
    const queries = s3.requests.map((r) => `${r.method} ${r.query.replace(/=[^&]*/g, "")}`);
    expect(queries).toContain("POST ?uploads");
    expect(queries.filter((q) => q.startsWith("PUT ?partNumber&uploadId"))).toHaveLength(2);
  });

  it("fails when the store refuses the credentials", async () => {
    const wrong = new S3FileStorage({ ...settings, accessKeyId: "OTHER", endpoint: s3.url });
    const file = path.join(dir, "x.pdf");
    writeFileSync(file, "x");
    await expect(wrong.put(key, { filePath: file })).rejects.toThrow();
    expect(s3.objects.size).toBe(0);
  });
});
