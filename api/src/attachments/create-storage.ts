import type { Config } from "../config/config";
import { S3FileStorage } from "./s3-storage";
import { LocalFileStorage, type FileStorage } from "./storage";

/** An S3-compatible bucket when S3_BUCKET is set, else the local STORAGE_DIR folder. */
export function createStorage(config: Config): FileStorage {
  const { S3_BUCKET, S3_ENDPOINT, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY } = config;
  if (S3_BUCKET && S3_ENDPOINT && S3_ACCESS_KEY_ID && S3_SECRET_ACCESS_KEY) {
    return new S3FileStorage({
      bucket: S3_BUCKET,
      endpoint: S3_ENDPOINT,
      region: config.S3_REGION,
      accessKeyId: S3_ACCESS_KEY_ID,
      secretAccessKey: S3_SECRET_ACCESS_KEY,
      pathStyle: config.S3_FORCE_PATH_STYLE,
    });
  }
  return new LocalFileStorage(config.STORAGE_DIR);
}
