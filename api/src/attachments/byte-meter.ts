import { createHash } from "node:crypto";
import { Transform, type TransformCallback } from "node:stream";

/**
 * Passes bytes through unchanged while counting them, hashing them (SHA-256) and keeping a
 * copy of the first `headSize` bytes, so that a document can be checked and described
 * without ever being held whole in memory.
 */
export class ByteMeter extends Transform {
  private count = 0;
  private readonly hash = createHash("sha256");
  private digest: string | null = null;
  private readonly headChunks: Buffer[] = [];
  private headLength = 0;

  constructor(private readonly headSize = 0) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.count += chunk.length;
    this.hash.update(chunk);
    if (this.headLength < this.headSize) {
      // A copy: a slice would keep the whole incoming chunk (up to 64 KiB) alive.
      const part = Buffer.from(chunk.subarray(0, this.headSize - this.headLength));
      this.headChunks.push(part);
      this.headLength += part.length;
    }
    done(null, chunk);
  }

  get bytes(): number {
    return this.count;
  }

  get head(): Buffer {
    return Buffer.concat(this.headChunks);
  }

  /** The hex SHA-256 of every byte seen; read it once the stream has ended. */
  get sha256(): string {
    this.digest ??= this.hash.digest("hex");
    return this.digest;
  }
}
