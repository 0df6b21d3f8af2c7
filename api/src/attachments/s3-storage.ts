import { buffer } from "node:stream/consumers";
import { type AwsCredentials, signS3Request } from "./aws-signature";
import { streamOf, type FileStorage, type StorageSource } from "./storage";

export interface S3Settings extends AwsCredentials {
  /** "https://s3.fr-par.scw.cloud", "http://127.0.0.1:9000"… */
  endpoint: string;
  bucket: string;
  /** Bucket in the path (MinIO and most compatible stores) rather than in the host name. */
  pathStyle: boolean;
}

/** Any S3-compatible object store, through its REST API (PUT, GET, DELETE Object). */
export class S3FileStorage implements FileStorage {
  constructor(private readonly settings: S3Settings) {}

  private urlOf(key: string): URL {
    const endpoint = new URL(this.settings.endpoint);
    if (this.settings.pathStyle) {
      return new URL(`/${this.settings.bucket}/${key}`, endpoint);
    }
    endpoint.hostname = `${this.settings.bucket}.${endpoint.hostname}`;
    return new URL(`/${key}`, endpoint);
  }

  private async send(method: string, key: string, body?: Buffer): Promise<Response> {
    const url = this.urlOf(key);
    const headers = signS3Request({ method, url, body }, this.settings, new Date());
    return fetch(url, { method, headers, body: body ? new Uint8Array(body) : undefined });
  }

  async put(key: string, source: StorageSource): Promise<void> {
    // This signer hashes the whole body into the signature, so the body is read first.
    const response = await this.send("PUT", key, await buffer(streamOf(source)));
    if (!response.ok) throw new Error(`S3 PUT answered ${response.status}`);
  }

  async get(key: string): Promise<Buffer | null> {
    const response = await this.send("GET", key);
    if (response.status === 404) return null;
    if (!response.ok) throw new Error(`S3 GET answered ${response.status}`);
    return Buffer.from(await response.arrayBuffer());
  }

  async delete(key: string): Promise<void> {
    const response = await this.send("DELETE", key);
    if (!response.ok && response.status !== 404) {
      throw new Error(`S3 DELETE answered ${response.status}`);
    }
  }
}
