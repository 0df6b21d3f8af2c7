import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import type { FileStorage, StorageSource } from "./storage";

export interface S3Settings {
  /** "https://s3.fr-par.scw.cloud", "http://127.0.0.1:9000"… */
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Bucket in the path (MinIO and most compatible stores) rather than in the host name. */
  pathStyle: boolean;
}

/** Any S3-compatible object store, through the AWS SDK (PutObject, GetObject, DeleteObject). */
export class S3FileStorage implements FileStorage {
  private readonly client: S3Client;

  constructor(private readonly settings: S3Settings) {
    this.client = new S3Client({
      endpoint: settings.endpoint,
      region: settings.region,
      forcePathStyle: settings.pathStyle,
      credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
      // By default the SDK adds CRC checksums, sent as "aws-chunked" bodies with trailers,
      // which S3 does not require and several compatible stores refuse: only when required.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
    });
  }

  async put(key: string, source: StorageSource): Promise<void> {
    const { bucket } = this.settings;
    if ("filePath" in source) {
      // Known length: one PUT that streams the file, nothing held in memory. The SDK does not
      // retry a streamed body (it cannot replay it): a failure reaches the patient, who retries.
      const { size } = await stat(source.filePath);
      const body = createReadStream(source.filePath);
      const put = { Bucket: bucket, Key: key, Body: body, ContentLength: size };
      await this.client.send(new PutObjectCommand(put));
      return;
    }
    // Unknown length: lib-storage holds one part (5 MiB) at a time, and sends a single PUT
    // when the whole stream fits in it, a multipart upload otherwise.
    const params = { Bucket: bucket, Key: key, Body: source.stream };
    await new Upload({ client: this.client, params, queueSize: 1 }).done();
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      const object = await this.client.send(
        new GetObjectCommand({ Bucket: this.settings.bucket, Key: key }),
      );
      return Buffer.from((await object.Body?.transformToByteArray()) ?? []);
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: key }));
    } catch (error) {
      // S3 answers 204 for a missing key; some compatible stores answer 404.
      if (!isNotFound(error)) throw error;
    }
  }
}

function isNotFound(error: unknown): boolean {
  return error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404;
}
