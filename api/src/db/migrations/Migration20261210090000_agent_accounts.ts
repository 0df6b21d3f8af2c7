import { Migration } from "@mikro-orm/migrations";

/** Agent accounts managed by administrators: names, and a version for concurrent edits. */
export class Migration20261210090000_agent_accounts extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "agent" add column "first_name" varchar(70) null, ` +
        `add column "last_name" varchar(70) null, ` +
        `add column "version" int not null default 1;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "agent" drop column "first_name", drop column "last_name", drop column "version";`,
    );
  }
}
