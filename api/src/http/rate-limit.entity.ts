import { Entity, PrimaryKey, Property } from "@mikro-orm/core";

/**
 * Counters of rate-limiter-flexible's PostgreSQL store, shared by every API process. The
 * columns are the library's; the table is created by a migration, not by the library.
 */
@Entity({ tableName: "rate_limit" })
export class RateLimitCounter {
  @PrimaryKey({ type: "string", length: 255 })
  key!: string;

  @Property({ type: "integer", default: 0 })
  points = 0;

  /** Epoch milliseconds. */
  @Property({ type: "bigint", nullable: true })
  expire: string | null = null;
}
