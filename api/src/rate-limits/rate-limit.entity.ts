import { Entity, PrimaryKey, Property } from "@mikro-orm/core";

/**
 * The counters of rate-limiter-flexible's PostgreSQL store, shared by every API process.
 * The layout is the library's own (`key`, `points`, `expire` in epoch milliseconds); it is
 * mapped here only so that migrations create it and schema diffs keep it.
 */
@Entity({ tableName: "rate_limit" })
export class RateLimit {
  @PrimaryKey({ type: "string", length: 255 })
  key!: string;

  @Property({ type: "integer", default: 0 })
  points = 0;

  @Property({ type: "bigint", nullable: true })
  expire: string | null = null;
}
