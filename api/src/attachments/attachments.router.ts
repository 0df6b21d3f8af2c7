import { mkdir, mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import type { MikroORM } from "@mikro-orm/postgresql";
import { principalOfRequest } from "../agents/session-principal";
import { principalCan } from "../auth/access";
import { inCaisseScope } from "../auth/caisse-scope";
import type { Config } from "../config/config";
import type { Principal } from "../graphql/context";
import { Router, type Request, type Response } from "express";
import { ClaimDraft } from "../claims/claim-draft.entity";
import { TooManyRequestsError } from "../graphql/errors";
import { bearerTokenOf } from "../http/bearer-token";
import type { RateLimits } from "../rate-limits/rate-limits";
import { hashToken, isUuid } from "../shared/tokens";
import { Attachment } from "./attachment.entity";
import { AttachmentType } from "./attachment.types";
import { canRead } from "./attachment-access";
import { attachmentMessages } from "./messages";
import { MalformedUpload, receiveMultipart, UploadAborted } from "./receive-multipart";
import type { FileStorage } from "./storage";
import { MAX_UPLOAD_BYTES, UploadRefusal, uploadDocument } from "./upload-document";

export interface AttachmentRoutesDeps {
  orm: MikroORM;
  storage: FileStorage;
  rateLimits: RateLimits;
  config: Config;
  /** Where uploads are written while they are checked; each gets its own folder. */
  tempDir: string;
  now: () => Date;
}

/**
 * POST /uploads, DELETE /uploads/:id (draft token) and GET /attachments/:id (draft token or
 * personal-link token, as a Bearer header or a `jeton` query parameter for plain links; or the
 * session cookie of an agent of the claim's caisse).
 * Answers are JSON {code, reason, message} with a French message.
 */
export function attachmentsRouter(deps: AttachmentRoutesDeps): Router {
  const { orm, storage, rateLimits, config, tempDir, now } = deps;
  const router = Router();

  router.post("/uploads", async (req, res) => {
    try {
      await rateLimits.consume("upload", req.ip ?? "unknown");
    } catch (error) {
      if (!(error instanceof TooManyRequestsError)) throw error;
      res.setHeader("Retry-After", String(error.extra.retryAfterSeconds ?? 60));
      res.status(429).json({ code: error.code, reason: error.code, message: error.message });
      return;
    }
    const em = orm.em.fork();
    const draft = await openDraftForUpload(req, em, now());
    if (!draft)
      return refuse(
        res,
        new UploadRefusal(401, "UNAUTHENTICATED", attachmentMessages.unauthenticated),
      );
    if (!req.is("multipart/form-data")) {
      return refuse(res, new UploadRefusal(400, "NOT_MULTIPART", attachmentMessages.notMultipart));
    }
    await mkdir(tempDir, { recursive: true });
    const workDir = await mkdtemp(path.join(tempDir, "upload-"));
    try {
      const upload = await receiveMultipart(req, MAX_UPLOAD_BYTES, workDir);
      const attachment = await uploadDocument(em, storage, draft, upload, now());
      req.log.info(
        {
          attachmentId: attachment.id,
          contentType: attachment.contentType,
          sizeBytes: attachment.sizeBytes,
        },
        "document uploaded",
      );
      res.status(201).json({ ...AttachmentType.from(attachment) });
    } catch (error) {
      if (error instanceof UploadAborted) return req.log.info("upload aborted by the client");
      const refusal =
        error instanceof MalformedUpload
          ? new UploadRefusal(400, "MALFORMED", attachmentMessages.malformed)
          : error;
      if (!(refusal instanceof UploadRefusal)) throw error;
      req.log.info({ reason: refusal.reason }, "document refused");
      refuse(res, refusal);
    } finally {
      // Accepted, refused or abandoned: nothing of the upload stays in the temporary folder.
      await rm(workDir, { recursive: true, force: true });
    }
  });

  router.delete("/uploads/:id", async (req, res) => {
    const em = orm.em.fork();
    const draft = await openDraftForUpload(req, em, now());
    if (!draft)
      return refuse(
        res,
        new UploadRefusal(401, "UNAUTHENTICATED", attachmentMessages.unauthenticated),
      );
    const id = req.params.id ?? "";
    // The draft row is locked as a submission locks it, and only a document still outside any
    // claim is deleted: a removal racing a submission never takes a document from its claim.
    const removed = isUuid(id)
      ? await em.transactional(async (tx) => {
          await tx.execute("select id from claim_draft where id = ? for update", [draft.id]);
          return tx.execute<{ storage_key: string }[]>(
            `delete from attachment where id = ? and draft_id = ? and claim_id is null
              returning storage_key`,
            [id, draft.id],
          );
        })
      : [];
    if (removed[0] === undefined)
      return refuse(res, new UploadRefusal(404, "NOT_FOUND", attachmentMessages.notFound));
    await storage.delete(removed[0].storage_key);
    res.status(204).end();
  });

  router.get("/attachments/:id", async (req, res) => {
    const em = orm.em.fork();
    const id = req.params.id ?? "";
    const token =
      bearerTokenOf(req) ?? (typeof req.query.jeton === "string" ? req.query.jeton : "");
    const attachment = isUuid(id)
      ? await em.findOne(Attachment, id, { populate: ["draft", "claim"] })
      : null;
    const allowed =
      attachment !== null &&
      (canRead(attachment, token, now()) ||
        agentMayRead(await principalOfRequest(em, req, config, now()), attachment));
    const data = allowed ? await storage.get(attachment.storageKey) : null;
    res.setHeader("Cache-Control", "private, no-store");
    // Another caisse's document answers exactly like a missing one.
    if (!attachment || !data) {
      return refuse(res, new UploadRefusal(404, "NOT_FOUND", attachmentMessages.notFound));
    }
    res.setHeader("Content-Type", attachment.contentType);
    res.setHeader("X-Content-Type-Options", "nosniff");
    // A PDF opened inline runs in a sandbox: no script, no form, no navigation of the portal.
    if (attachment.contentType === "application/pdf") {
      res.setHeader("Content-Security-Policy", "sandbox");
    }
    res.setHeader("Content-Disposition", inlineDisposition(attachment.fileName));
    res.status(200).end(data);
  });

  return router;
}

/** The open draft of the request's bearer token: not expired, not submitted yet. */
async function openDraftForUpload(req: Request, em: MikroORM["em"], now: Date) {
  const token = bearerTokenOf(req);
  if (!token) return null;
  const draft = await em.findOne(ClaimDraft, { tokenHash: hashToken(token) });
  return draft && draft.claim === null && draft.expiresAt > now ? draft : null;
}

function refuse(res: Response, refusal: UploadRefusal): void {
  const code =
    refusal.status === 401
      ? "UNAUTHENTICATED"
      : refusal.status === 404
        ? "NOT_FOUND"
        : "BAD_USER_INPUT";
  res.status(refusal.status).json({ code, reason: refusal.reason, message: refusal.message });
}

/** An agent may read the documents of a submitted claim of their caisses. */
function agentMayRead(principal: Principal, attachment: Attachment): boolean {
  const claim = attachment.claim;
  return (
    claim !== null &&
    principalCan(principal, "claims:read") &&
    inCaisseScope(principal, claim.caisse.id)
  );
}

/** `inline` with an ASCII fallback name and the exact UTF-8 one (RFC 6266). */
function inlineDisposition(fileName: string): string {
  const ascii = fileName
    .normalize("NFD")
    .replace(/[^\x20-\x7e]/g, "")
    .replace(/["\\]/g, "_");
  return `inline; filename="${ascii || "document"}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
