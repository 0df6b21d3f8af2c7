import { claimInput, createCaisse, startDraft, submit, uploaded } from "../../test/factories";
import { startTestApi } from "../../test/test-api";
import { ClaimDraft } from "../claims/claim-draft.entity";
import { createLogger } from "../logging/logger";
import { Attachment } from "./attachment.entity";
import { purgeStaleDrafts } from "./purge-stale-drafts";

const HOUR = 60 * 60 * 1000;
const silent = createLogger("silent");

describe("purge of documents never attached to a claim (24 hours)", () => {
  it("deletes stale uploads and expired drafts, and keeps submitted and recent ones", async () => {
    let now = new Date("2026-12-03T09:00:00Z");
    const api = await startTestApi({ BACKGROUND_JOBS: "false" }, () => now);
    try {
      const caisse = await createCaisse(api);
      const abandoned = await startDraft(api);
      const abandonedFile = await uploaded(api, abandoned, "PRESCRIPTION", "pmt-scan.pdf");
      const submitted = await startDraft(api);
      const kept = await uploaded(api, submitted, "PRESCRIPTION", "pmt-scan.pdf");
      const discarded = await uploaded(api, submitted, "ATP_RECEIPT", "receipt-train.pdf");
      const input = claimInput(caisse.id, {
        prescription: { kind: "PMT" },
        attachmentIds: [kept, discarded],
      });
      expect((await submit(api, submitted, input)).body.data?.submitClaim.claim).toBeTruthy();
      const em = api.orm.em.fork();
      const keys = await em.find(Attachment, { id: { $in: [abandonedFile, kept, discarded] } });
      const keyOf = (id: string) => keys.find((a) => a.id === id)?.storageKey ?? "";

      now = new Date(now.getTime() + 23 * HOUR);
      const recent = await startDraft(api);
      const recentFile = await uploaded(api, recent, "VP_RECEIPT", "receipt-toll.png");
      await purgeStaleDrafts(api.orm, api.storage, now, silent);
      expect(await em.fork().count(Attachment, { id: abandonedFile })).toBe(1);

      now = new Date(now.getTime() + 2 * HOUR);
      await purgeStaleDrafts(api.orm, api.storage, now, silent);
      const left = await em
        .fork()
        .find(Attachment, { id: { $in: [abandonedFile, kept, discarded, recentFile] } });
      expect(left.map((a) => a.id).sort()).toEqual([kept, recentFile].sort());
      expect(await api.storage.get(keyOf(abandonedFile))).toBeNull();
      expect(await api.storage.get(keyOf(discarded))).toBeNull();
      expect(await api.storage.get(keyOf(kept))).not.toBeNull();
      const drafts = await em
        .fork()
        .find(ClaimDraft, { id: { $in: [abandoned.id, submitted.id, recent.id] } });
      expect(drafts.map((d) => d.id).sort()).toEqual([submitted.id, recent.id].sort());
    } finally {
      await api.stop();
    }
  });
});
