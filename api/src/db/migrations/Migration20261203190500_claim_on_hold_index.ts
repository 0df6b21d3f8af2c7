import { Migration } from "@mikro-orm/migrations";

/**
 * The dashboard counts claims on hold per caisse. They are few, so a partial index holds them
 * all; without it the count visits every waiting claim of the caisses.
 */
export class Migration20261203190500_claim_on_hold_index extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "claim_on_hold_index" on "claim" ("caisse_id", "status") where "on_hold";`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "claim_on_hold_index";`);
  }
}
