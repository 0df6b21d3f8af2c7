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

  it("never deletes a document a submission takes while the purge runs", async () => {
    let now = new Date("2026-12-03T09:00:00Z");
    const api = await startTestApi({ BACKGROUND_JOBS: "false" }, () => now);
    try {
      const caisse = await createCaisse(api);
      const other = await startDraft(api);
      const { body } = await submit(api, other, claimInput(caisse.id));
      const claimId = body.data?.submitClaim.claim?.id ?? "";
      const draft = await startDraft(api);
      const taken = await uploaded(api, draft, "VP_RECEIPT", "receipt-toll.png");
      const key = (await api.orm.em.fork().findOneOrFail(Attachment, taken)).storageKey ?? "never";

      // A submission holds the document's row, as the submission statement does, and takes it;
      // the purge, a day later, starts meanwhile and must wait for it, then leave the document.
      const submission = api.orm.em.fork();
      await submission.begin();
      await submission.execute("select id from attachment where id = ? for update", [taken]);
      await submission.execute("update attachment set claim_id = ? where id = ?", [claimId, taken]);
      now = new Date(now.getTime() + 25 * HOUR);
      const purge = purgeStaleDrafts(api.orm, api.storage, now, silent);
      await new Promise((resolve) => setTimeout(resolve, 200)); // the purge waits on the row
      await submission.commit();
      await purge;

      expect(await api.orm.em.fork().count(Attachment, { id: taken, claim: claimId })).toBe(1);
      expect(await api.storage.get(key)).not.toBeNull();
    } finally {
      await api.stop();
    }
  });
});
