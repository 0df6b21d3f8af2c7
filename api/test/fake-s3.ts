import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";

export interface FakeS3 {
  url: string;
  /** Stored objects by path ("/bucket/key"). */
  objects: Map<string, Buffer>;
  /** Every request received, in order. */
  requests: { method: string; path: string; query: string; authorization: string }[];
  close(): Promise<void>;
}

// AWS Signature Version 4, as the SDK sends it; the signature itself is not recomputed here.
const SIGV4 = new RegExp(
  "^AWS4-HMAC-SHA256 Credential=(\\w+)/\\d{8}/[\\w-]+/s3/aws4_request, " +
    "SignedHeaders=[a-z0-9;-]+, Signature=[0-9a-f]{64}$",
);

/**
 * A small S3-compatible server for tests, objects in memory: PutObject, GetObject,
 * DeleteObject and the multipart upload calls. Requests must carry a SigV4 Authorization
 * header of `accessKeyId`; anything else is answered 403 like S3.
 */
export async function startFakeS3(accessKeyId: string): Promise<FakeS3> {
  const objects = new Map<string, Buffer>();
  const uploads = new Map<string, Map<number, Buffer>>();
  const requests: FakeS3["requests"] = [];
  const server = createServer((req, res) => {
    void read(req).then((body) => {
      const url = new URL(req.url ?? "/", "http://fake-s3");
      const authorization = req.headers.authorization ?? "";
      const method = req.method ?? "GET";
      requests.push({ method, path: url.pathname, query: url.search, authorization });
      if (SIGV4.exec(authorization)?.[1] !== accessKeyId) {
        return xml(res, 403, "<Error><Code>InvalidAccessKeyId</Code></Error>");
      }
      const uploadId = url.searchParams.get("uploadId");
      const parts = uploadId === null ? undefined : uploads.get(uploadId);
      if (method === "POST" && url.searchParams.has("uploads")) {
        const id = randomUUID();
        uploads.set(id, new Map());
        const result = `<InitiateMultipartUploadResult><UploadId>${id}</UploadId>`;
        return xml(res, 200, `${result}</InitiateMultipartUploadResult>`);
      }
      if (method === "PUT" && parts) {
        parts.set(Number(url.searchParams.get("partNumber")), body);
        return res.writeHead(200, { etag: `"${randomUUID()}"` }).end();
      }
      if (method === "POST" && parts && uploadId) {
        const ordered = [...parts.entries()].sort(([a], [b]) => a - b).map(([, part]) => part);
        objects.set(url.pathname, Buffer.concat(ordered));
        uploads.delete(uploadId);
        return xml(res, 200, "<CompleteMultipartUploadResult></CompleteMultipartUploadResult>");
      }
      if (method === "PUT") {
        objects.set(url.pathname, body);
        return res.writeHead(200, { etag: '"x"' }).end();
      }
      const object = objects.get(url.pathname);
      if (method === "GET" && object) return res.writeHead(200).end(object);
      if (method === "GET") return xml(res, 404, "<Error><Code>NoSuchKey</Code></Error>");
      if (method === "DELETE") objects.delete(url.pathname);
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    objects,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function xml(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { "content-type": "application/xml" }).end(body);
}

async function read(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}
