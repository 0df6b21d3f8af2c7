import { mkdir, mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import type { MikroORM } from "@mikro-orm/postgresql";
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
  /** Where uploads are written while they are checked; each gets its own folder. */
  tempDir: string;
  now: () => Date;
}

/**
 * POST /uploads, DELETE /uploads/:id (draft token) and GET /attachments/:id (draft token or
 * personal-link token, as a Bearer header or a `jeton` query parameter for plain links).
 * Answers are JSON {code, reason, message} with a French message.
 */
export function attachmentsRouter(deps: AttachmentRoutesDeps): Router {
  const { orm, storage, rateLimits, tempDir, now } = deps;
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
    const attachment = isUuid(id) ? await em.findOne(Attachment, { id, draft, claim: null }) : null;
    if (!attachment)
      return refuse(res, new UploadRefusal(404, "NOT_FOUND", attachmentMessages.notFound));
    await em.remove(attachment).flush();
    await storage.delete(attachment.storageKey);
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
    const data =
      attachment && canRead(attachment, token, now())
        ? await storage.get(attachment.storageKey)
        : null;
    res.setHeader("Cache-Control", "private, no-store");
    if (!attachment || !data) {
      return refuse(res, new UploadRefusal(404, "NOT_FOUND", attachmentMessages.notFound));
    }
    res.setHeader("Content-Type", attachment.contentType);
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader(
      "Content-Disposition",
      `inline; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
    );
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
