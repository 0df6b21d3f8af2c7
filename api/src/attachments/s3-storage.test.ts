import { createServer, type IncomingMessage, type Server } from "node:http";
import { Readable } from "node:stream";
import { signS3Request } from "./aws-signature";
import { S3FileStorage } from "./s3-storage";

const credentials = { accessKeyId: "TESTKEY", secretAccessKey: "test-secret", region: "fr-par" };

/** A minimal S3 stand-in: checks every request's signature and keeps objects in memory. */
function fakeS3(): Promise<{ server: Server; objects: Map<string, Buffer>; url: string }> {
  const objects = new Map<string, Buffer>();
  const server = createServer(async (req, res) => {
    const body = await read(req);
    const url = new URL(req.url ?? "/", `http://${req.headers.host}`);
    const at = String(req.headers["x-amz-date"]).replace(
      /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/,
      "$1-$2-$3T$4:$5:$6Z",
    );
    const method = req.method ?? "GET";
    const expected = signS3Request(
      { method, url, body: method === "PUT" ? body : undefined },
      credentials,
      new Date(at),
    );
    if (req.headers.authorization !== expected.authorization) {
      res.writeHead(403).end();
      return;
    }
    const object = objects.get(url.pathname);
    if (method === "PUT") objects.set(url.pathname, body);
    if (method === "DELETE") objects.delete(url.pathname);
    if (method === "GET" && !object) res.writeHead(404).end();
    else res.writeHead(method === "DELETE" ? 204 : 200).end(method === "GET" ? object : undefined);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      resolve({ server, objects, url: `http://127.0.0.1:${port}` });
    }),
  );
}

async function read(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

describe("S3FileStorage", () => {
  it("puts, gets and deletes objects with signed requests (path-style bucket)", async () => {
    const s3 = await fakeS3();
    try {
      const storage = new S3FileStorage({
        ...credentials,
        endpoint: s3.url,
        bucket: "justificatifs",
        pathStyle: true,
      });
      const key = "2026/12/03/0d6b6d8e-5f8a-4c2e-9a57-0f3c2b1a9e11";
      await storage.put(key, { stream: Readable.from([Buffer.from("%PDF-1.4 test")]) });
      expect([...s3.objects.keys()]).toEqual([`/justificatifs/${key}`]);
      expect((await storage.get(key))?.toString()).toBe("%PDF-1.4 test");
      await storage.delete(key);
      expect(await storage.get(key)).toBeNull();
      await expect(storage.delete(key)).resolves.toBeUndefined();

      const wrong = new S3FileStorage({
        ...credentials,
        secretAccessKey: "nope",
        endpoint: s3.url,
        bucket: "justificatifs",
        pathStyle: true,
      });
      await expect(wrong.put(key, { stream: Readable.from([Buffer.from("x")]) })).rejects.toThrow(
        /403/,
      );
    } finally {
      s3.server.close();
    }
  });
});
