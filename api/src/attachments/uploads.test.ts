import { readFileSync } from "node:fs";
import sharp from "sharp";
import { sharedFixture } from "../../test/fixtures";
import {
  claimInput,
  createCaisse,
  FROZEN_NOW,
  startDraft,
  submit,
  upload,
  uploaded,
  type Draft,
} from "../../test/factories";
import { startTestApi, type TestApi } from "../../test/test-api";
import { Attachment } from "./attachment.entity";

let api: TestApi;
let draft: Draft;
beforeAll(async () => {
  api = await startTestApi({}, () => FROZEN_NOW);
  draft = await startDraft(api);
});
afterAll(async () => {
  await api.stop();
});

async function storedBytes(id: unknown): Promise<Buffer> {
  const row = await api.orm.em.fork().findOneOrFail(Attachment, { id: String(id) });
  const bytes = await api.storage.get(row.storageKey);
  if (!bytes) throw new Error("stored file missing");
  return bytes;
}

// Every document of shared/fixtures/documents with the outcome its README gives.
describe("POST /uploads with the shared fixtures", () => {
  it.each([
    ["pmt-photo.jpg", "PRESCRIPTION", "image/jpeg"],
    ["pmt-iphone.heic", "PRESCRIPTION", "image/jpeg"],
    ["pmt-scan.pdf", "PRESCRIPTION", "application/pdf"],
    ["receipt-toll.png", "VP_RECEIPT", "image/png"],
    ["receipt-parking.jpg", "VP_RECEIPT", "image/jpeg"],
    ["receipt-train.pdf", "ATP_RECEIPT", "application/pdf"],
  ])("accepts %s as %s, stored as %s", async (file, kind, contentType) => {
    const { status, body } = await upload(api, draft.token, kind, file);
    expect(status).toBe(201);
    expect(body).toMatchObject({ kind, contentType, id: expect.any(String) });
    expect(body.sizeBytes).toBe((await storedBytes(body.id)).length);
  });

  it.each([
    ["bad-html-named.pdf", 415, "UNSUPPORTED_TYPE", /pas accepté/],
    ["bad-notes.txt", 415, "UNSUPPORTED_TYPE", /pas accepté/],
    ["bad-empty.pdf", 400, "EMPTY", /vide/],
    ["bad-truncated.jpg", 400, "UNREADABLE", /illisible/],
    ["bad-oversize.jpg", 413, "TOO_LARGE", /10 Mo/],
  ])("refuses %s with %i %s and a French message", async (file, status, reason, message) => {
    const answer = await upload(api, draft.token, "PRESCRIPTION", file);
    expect(answer.status).toBe(status);
    expect(answer.body).toMatchObject({ code: "BAD_USER_INPUT", reason, message });
  });

  it("stores pmt-photo.jpg upright (EXIF orientation 6 applied) without EXIF or GPS", async () => {
    const original = await sharp(
      readFileSync(sharedFixture("documents", "pmt-photo.jpg")),
    ).metadata();
    expect(original.orientation).toBe(6);
    expect(original.exif).toBeDefined();
    const { body } = await upload(api, draft.token, "PRESCRIPTION", "pmt-photo.jpg");
    const stored = await sharp(await storedBytes(body.id)).metadata();
    expect(stored.width).toBeLessThan(stored.height);
    expect(stored.exif).toBeUndefined();
    expect(stored.orientation).toBeUndefined();
    expect(stored.xmp).toBeUndefined();
  });

  it("converts the HEIC photo to a JPEG named .jpg", async () => {
    const { body } = await upload(api, draft.token, "PRESCRIPTION", "pmt-iphone.heic");
    expect(body.fileName).toBe("pmt-iphone.jpg");
    expect((await sharp(await storedBytes(body.id)).metadata()).format).toBe("jpeg");
  });

  it("trusts the content, not the name: a PNG named .jpg is stored as PNG", async () => {
    const bytes = readFileSync(sharedFixture("documents", "receipt-toll.png"));
    const answer = await upload(api, draft.token, "VP_RECEIPT", "x", { bytes, name: "péage.jpg" });
    expect(answer).toMatchObject({
      status: 201,
      body: { contentType: "image/png", fileName: "péage.jpg" },
    });
  });
});

describe("POST /uploads refusals", () => {
  it("answers 401 without a token or with a wrong token", async () => {
    for (const token of [null, "wrong-token"]) {
      const answer = await upload(api, token, "PRESCRIPTION", "receipt-toll.png");
      expect(answer).toMatchObject({ status: 401, body: { code: "UNAUTHENTICATED" } });
    }
  });

  it("answers 400 for an unknown kind or a missing file", async () => {
    const badKind = await upload(api, draft.token, "SELFIE", "receipt-toll.png");
    expect(badKind).toMatchObject({ status: 400, body: { reason: "BAD_KIND" } });
    const form = new FormData();
    form.set("kind", "PRESCRIPTION");
    const response = await fetch(`${api.url}/uploads`, {
      method: "POST",
      headers: { authorization: `Bearer ${draft.token}` },
      body: form,
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ reason: "MISSING_FILE" });
  });

  it("refuses a 21st document", async () => {
    const full = await startDraft(api);
    const bytes = readFileSync(sharedFixture("documents", "receipt-toll.png"));
    for (let i = 0; i < 20; i += 1) {
      const answer = await upload(api, full.token, "VP_RECEIPT", "t.png", { bytes });
      expect(answer.status).toBe(201);
    }
    const answer = await upload(api, full.token, "VP_RECEIPT", "t.png", { bytes });
    expect(answer).toMatchObject({
      status: 422,
      body: { reason: "TOO_MANY_FILES", message: /20/ },
    });
  });
});

describe("GET /attachments/:id and DELETE /uploads/:id", () => {
  it("serves a document to its draft's owner only, never cached", async () => {
    const { body } = await upload(api, draft.token, "ATP_RECEIPT", "receipt-train.pdf");
    const url = `${api.url}/attachments/${String(body.id)}`;
    const owner = await fetch(url, { headers: { authorization: `Bearer ${draft.token}` } });
    expect(owner.status).toBe(200);
    expect(owner.headers.get("content-type")).toBe("application/pdf");
    expect(owner.headers.get("cache-control")).toBe("private, no-store");
    expect(
      Buffer.from(await owner.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    const viaLink = await fetch(`${url}?jeton=${draft.token}`);
    expect(viaLink.status).toBe(200);

    const other = await startDraft(api);
    const strangers: Record<string, string>[] = [{}, { authorization: `Bearer ${other.token}` }];
    for (const headers of strangers) {
      const response = await fetch(url, { headers });
      expect(response.status).toBe(404);
    }
    expect((await fetch(`${api.url}/attachments/not-an-id`)).status).toBe(404);
  });

  it("lets the draft's owner remove a document before submitting", async () => {
    const { body } = await upload(api, draft.token, "VP_RECEIPT", "receipt-parking.jpg");
    const url = `${api.url}/uploads/${String(body.id)}`;
    const other = await startDraft(api);
    const stranger = await fetch(url, {
      method: "DELETE",
      headers: { authorization: `Bearer ${other.token}` },
    });
    expect(stranger.status).toBe(404);
    const owner = await fetch(url, {
      method: "DELETE",
      headers: { authorization: `Bearer ${draft.token}` },
    });
    expect(owner.status).toBe(204);
    expect(await api.orm.em.fork().count(Attachment, { id: String(body.id) })).toBe(0);
  });

  it("never takes a document from a claim: a removal racing the submission loses, or the submission is refused", async () => {
    const caisse = await createCaisse(api);
    for (let round = 0; round < 5; round += 1) {
      const racing = await startDraft(api);
      const scan = await uploaded(api, racing, "PRESCRIPTION", "pmt-scan.pdf");
      const input = claimInput(caisse.id, { prescription: { kind: "PMT" }, attachmentIds: [scan] });
      const [submitted, removal] = await Promise.all([
        submit(api, racing, input),
        fetch(`${api.url}/uploads/${scan}`, {
          method: "DELETE",
          headers: { authorization: `Bearer ${racing.token}` },
        }),
      ]);
      const claim = submitted.body.data?.submitClaim.claim;
      if (claim) {
        expect(removal.status).toBe(404);
        expect(claim.attachments.map((a) => a.id)).toEqual([scan]);
        expect(await api.orm.em.fork().count(Attachment, { id: scan, claim: claim.id })).toBe(1);
        expect((await storedBytes(scan)).length).toBeGreaterThan(0);
      } else {
        expect(removal.status).toBe(204);
        expect(submitted.body.errors?.[0]?.extensions).toMatchObject({
          code: "BAD_USER_INPUT",
          field: "attachmentIds",
        });
      }
    }
  });
});
