import { startTestApi, type TestApi } from "../../test/test-api";
import {
  claimInput,
  createCaisse,
  FROZEN_NOW,
  startDraft,
  submit,
  upload,
  uploaded,
} from "../../test/factories";

let api: TestApi;
let caisseId: string;
beforeAll(async () => {
  api = await startTestApi({}, () => FROZEN_NOW);
  caisseId = (await createCaisse(api)).id;
});
afterAll(async () => {
  await api.stop();
});

const PMT = { kind: "PMT" };

describe("submitClaim with uploaded documents", () => {
  it("refuses tolls of 6,40 € without a VP receipt, and accepts them with receipt-toll.png", async () => {
    const draft = await startDraft(api);
    const prescription = await uploaded(api, draft, "PRESCRIPTION", "pmt-photo.jpg");
    const vehicle = { distanceKm: 160, tollsCents: 640 };
    const input = claimInput(caisseId, {
      prescription: PMT,
      vehicle,
      attachmentIds: [prescription],
    });

    const refused = await submit(api, draft, input);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "attachmentIds",
    });
    expect(refused.body.errors?.[0]?.message).toMatch(/péage ou de stationnement/);

    const toll = await uploaded(api, draft, "VP_RECEIPT", "receipt-toll.png");
    const { body } = await submit(api, draft, { ...input, attachmentIds: [prescription, toll] });
    const claim = body.data?.submitClaim.claim;
    expect(claim).toMatchObject({ tollsCents: 640, distanceKm: 160 });
    expect(claim?.attachments.map((a) => a.kind).sort()).toEqual(["PRESCRIPTION", "VP_RECEIPT"]);
  });

  it("stores a claim without the ATP receipt left over from an unticked public transport", async () => {
    const draft = await startDraft(api);
    const prescription = await uploaded(api, draft, "PRESCRIPTION", "pmt-scan.pdf");
    const train = await uploaded(api, draft, "ATP_RECEIPT", "receipt-train.pdf");
    const input = claimInput(caisseId, { prescription: PMT, attachmentIds: [prescription, train] });
    const { body } = await submit(api, draft, input);
    const claim = body.data?.submitClaim.claim;
    expect(claim?.publicTransportCents).toBeNull();
    expect(claim?.attachments.map((a) => a.id)).toEqual([prescription]);
  });

  it("requires the PMT file and refuses a document of another draft", async () => {
    const draft = await startDraft(api);
    const noFile = await submit(api, draft, claimInput(caisseId, { prescription: PMT }));
    expect(noFile.body.errors?.[0]?.message).toMatch(/prescription médicale de transport/);

    const other = await startDraft(api);
    const foreign = await uploaded(api, other, "PRESCRIPTION", "pmt-scan.pdf");
    const input = claimInput(caisseId, { prescription: PMT, attachmentIds: [foreign] });
    const { body } = await submit(api, draft, input);
    expect(body.errors?.[0]?.extensions?.field).toBe("attachmentIds");
  });

  it("lets the personal link open the claim's documents, and closes the draft to uploads", async () => {
    const draft = await startDraft(api);
    const prescription = await uploaded(api, draft, "PRESCRIPTION", "receipt-parking.jpg");
    const input = claimInput(caisseId, { prescription: PMT, attachmentIds: [prescription] });
    const { body } = await submit(api, draft, input);
    const link = new URL(body.data?.submitClaim.followUpUrl ?? "http://invalid/");
    const token = link.searchParams.get("jeton") ?? "";
    const file = await fetch(`${api.url}/attachments/${prescription}?jeton=${token}`);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("image/jpeg");

    const late = await upload(api, draft.token, "VP_RECEIPT", "receipt-toll.png");
    expect(late).toMatchObject({ status: 401, body: { code: "UNAUTHENTICATED" } });
  });

  it("answers a submission with the claim as a replay reads it back from the database", async () => {
    const draft = await startDraft(api);
    const prescription = await uploaded(api, draft, "PRESCRIPTION", "pmt-scan.pdf");
    const toll = await uploaded(api, draft, "VP_RECEIPT", "receipt-toll.png");
    const input = claimInput(caisseId, {
      prescription: PMT,
      trips: [
        { outboundDate: "2026-11-02", returnDate: "2026-11-02" },
        { outboundDate: "2026-11-16" },
      ],
      vehicle: { distanceKm: 120, tollsCents: 640 },
      attachmentIds: [toll, prescription],
    });
    const first = await submit(api, draft, input);
    const claim = first.body.data?.submitClaim.claim;
    // Same upload instant under the frozen clock: the order is the ids', so compare as sets.
    expect(claim?.attachments.map((a) => a.id).sort()).toEqual([prescription, toll].sort());
    expect(claim?.trips).toHaveLength(2);
    const replay = await submit(api, draft, input);
    expect(replay.body.data?.submitClaim.claim).toEqual(claim);
  });
});
