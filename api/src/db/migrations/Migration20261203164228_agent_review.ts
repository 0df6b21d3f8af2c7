import { Migration } from "@mikro-orm/migrations";

/** Agents' review: the agent who took a claim, keyset indexes of the queue, last-name search. */
export class Migration20261203164228_agent_review extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "patient" add column "last_name_key" varchar(70) not null default '';`,
    );
    // Rows written before this column existed: lower case without the usual French accents,
    // apostrophes, hyphens and spaces, which is what nameKey() gives for French names.
    this.addSql(
      `update "patient" set "last_name_key" = regexp_replace(lower(translate("last_name", ` +
        `'ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸàâäçéèêëîïôöùûüÿ', 'AAACEEEEIIOOUUUYaaaceeeeiioouuuy')), '[-'' ]', '', 'g');`,
    );
    this.addSql(
      `create index "patient_last_name_key_index" on "patient" ("last_name_key" varchar_pattern_ops);`,
    );
    this.addSql(`create index "patient_email_lower_index" on "patient" (lower("email"));`);

    this.addSql(`alter table "claim" add column "assigned_agent_id" uuid null;`);
    this.addSql(
      `alter table "claim" add constraint "claim_assigned_agent_id_foreign" foreign key ("assigned_agent_id") references "agent" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `create index "claim_assigned_agent_id_status_index" on "claim" ("assigned_agent_id", "status");`,
    );
    // The queue's cursor is (submitted_at, id), both descending: the index must match.
    this.addSql(`drop index "claim_queue_index";`);
    this.addSql(
      `create index "claim_queue_index" on "claim" ("status", "caisse_id", "submitted_at" desc, "id" desc);`,
    );
    this.addSql(
      `create index "claim_caisse_queue_index" on "claim" ("caisse_id", "submitted_at" desc, "id" desc);`,
    );
    this.addSql(
      `create index "claim_submitted_index" on "claim" ("submitted_at" desc, "id" desc);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "claim_submitted_index";`);
    this.addSql(`drop index "claim_caisse_queue_index";`);
    this.addSql(`drop index "claim_queue_index";`);
    this.addSql(
      `create index "claim_queue_index" on "claim" ("status", "caisse_id", "submitted_at" desc, "id");`,
    );
    this.addSql(`drop index "claim_assigned_agent_id_status_index";`);
    this.addSql(`alter table "claim" drop constraint "claim_assigned_agent_id_foreign";`);
    this.addSql(`alter table "claim" drop column "assigned_agent_id";`);

    this.addSql(`drop index "patient_email_lower_index";`);
    this.addSql(`drop index "patient_last_name_key_index";`);
    this.addSql(`alter table "patient" drop column "last_name_key";`);
  }
}
