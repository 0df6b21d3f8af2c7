import { FROZEN_NOW, startDraft } from "../../test/factories";
import { startTestApi, type TestApi } from "../../test/test-api";

// A body that is not a well-formed multipart form is the client's fault: 400, never a 500.
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({}, () => FROZEN_NOW);
});
afterAll(async () => {
  await api.stop();
});

async function post(contentType: string, body: string) {
  const draft = await startDraft(api);
  const response = await fetch(`${api.url}/uploads`, {
    method: "POST",
    headers: { authorization: `Bearer ${draft.token}`, "content-type": contentType },
    body,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("POST /uploads with a malformed body", () => {
  it("refuses a multipart content type without its boundary", async () => {
    const answer = await post("multipart/form-data", "--x\r\n");
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      reason: "MALFORMED",
      message: expect.stringMatching(/mal formé/),
    });
  });

  it("refuses a form cut in the middle of its file part", async () => {
    const body = [
      "--b0undary",
      'Content-Disposition: form-data; name="kind"',
      "",
      "PRESCRIPTION",
      "--b0undary",
      'Content-Disposition: form-data; name="file"; filename="scan.pdf"',
      "Content-Type: application/pdf",
      "",
      "%PDF-1.4 cut here",
    ].join("\r\n");
    const answer = await post("multipart/form-data; boundary=b0undary", body);
    expect(answer.status).toBe(400);
    expect(answer.body.reason).toBe("MALFORMED");
  });
});
