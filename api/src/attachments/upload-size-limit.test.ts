import { FROZEN_NOW, startDraft, upload } from "../../test/factories";
import { startTestApi, type TestApi } from "../../test/test-api";
import { MAX_UPLOAD_BYTES } from "./upload-document";

// SPEC 4.2: documents of at most 10 MiB. Regression: a PDF of exactly 10 MiB was refused.
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({}, () => FROZEN_NOW);
});
afterAll(async () => {
  await api.stop();
});

function pdfOf(size: number): Buffer {
  const head = Buffer.from("%PDF-1.4\n", "latin1");
  const tail = Buffer.from("\n%%EOF\n", "latin1");
  return Buffer.concat([head, Buffer.alloc(size - head.length - tail.length, 0x20), tail]);
}

describe("the 10 MiB limit", () => {
  it("accepts a document of exactly 10 MiB", async () => {
    const draft = await startDraft(api);
    const bytes = pdfOf(MAX_UPLOAD_BYTES);
    const answer = await upload(api, draft.token, "PRESCRIPTION", "scan.pdf", { bytes });
    expect(answer.status).toBe(201);
    expect(answer.body.sizeBytes).toBe(MAX_UPLOAD_BYTES);
  });

  it("refuses one byte more with 413 and the limit in the message", async () => {
    const draft = await startDraft(api);
    const bytes = pdfOf(MAX_UPLOAD_BYTES + 1);
    const answer = await upload(api, draft.token, "PRESCRIPTION", "scan.pdf", { bytes });
    expect(answer.status).toBe(413);
    expect(answer.body.message).toMatch(/10 Mo/);
  });
});
