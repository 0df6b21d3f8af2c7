import { Migration } from "@mikro-orm/migrations";

export class Migration20261203155809_claims extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "claim_number_day" ("day" date not null, "last" int not null, constraint "claim_number_day_pkey" primary key ("day"));`,
    );

    this.addSql(
      `create table "outbox_email" ("id" uuid not null, "kind" varchar(40) not null, "claim_id" uuid null, "recipient" varchar(254) not null, "reply_to" varchar(254) null, "subject" varchar(200) not null, "body" text not null, "attempts" smallint not null default 0, "next_attempt_at" timestamptz not null default now(), "last_error" varchar(200) null, "sent_at" timestamptz null, "failed_at" timestamptz null, "created_at" timestamptz not null default now(), constraint "outbox_email_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "outbox_email_claim_id_index" on "outbox_email" ("claim_id");`);
    this.addSql(
      `create index "outbox_email_due_index" on "outbox_email" ("next_attempt_at") where "sent_at" is null and "failed_at" is null;`,
    );

    this.addSql(
      `create table "patient" ("id" uuid not null, "nir" varchar(13) not null, "nir_key" varchar(2) not null, "birth_date" date not null, "first_name" varchar(70) not null, "first_name_key" varchar(70) not null, "last_name" varchar(70) not null, "email" varchar(254) not null, "phone" varchar(16) null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "patient_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "patient_email_index" on "patient" ("email");`);
    this.addSql(
      `alter table "patient" add constraint "patient_nir_birth_date_first_name_key_unique" unique ("nir", "birth_date", "first_name_key");`,
    );

    this.addSql(
      `create table "claim" ("id" uuid not null, "number" varchar(12) not null, "caisse_id" uuid not null, "patient_id" uuid not null, "status" text check ("status" in ('SUBMITTED', 'IN_PROGRESS', 'VALIDATED', 'REJECTED', 'CANCELLED')) not null default 'SUBMITTED', "on_hold" boolean not null default false, "hold_reason" text null, "prescription_kind" text check ("prescription_kind" in ('PMT', 'EPMT', 'CONVOCATION')) not null, "epmt_number" varchar(14) null, "convocation_date" date null, "uses_vehicle" boolean not null, "uses_public_transport" boolean not null, "distance_km" int null, "tolls_cents" int null, "parking_cents" int null, "public_transport_cents" int null, "conflicts_kept" smallint not null default 0, "conflicts_fixed" smallint not null default 0, "submitted_at" timestamptz not null, "updated_at" timestamptz not null default now(), "version" int not null default 1, "snapshot" jsonb not null, "personal_token_hash" varchar(64) not null, "personal_link_expires_at" timestamptz not null, "mandate_date" date null, "payment_base_cents" int null, "payment_amount_cents" int null, "shift" boolean null, "finess" varchar(9) null, "adeli" varchar(11) null, constraint "claim_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "claim" add constraint "claim_number_unique" unique ("number");`);
    this.addSql(`create index "claim_patient_id_index" on "claim" ("patient_id");`);
    this.addSql(
      `create index "claim_queue_index" on "claim" ("status", "caisse_id", "submitted_at" desc, "id");`,
    );

    this.addSql(
      `create table "claim_event" ("id" bigserial primary key, "claim_id" uuid not null, "at" timestamptz not null, "type" varchar(40) not null, "actor_type" text check ("actor_type" in ('PATIENT', 'AGENT', 'PARTNER', 'SYSTEM')) not null, "actor_id" uuid null, "before" jsonb null, "after" jsonb null, "email_id" uuid null);`,
    );
    this.addSql(`create index "claim_event_type_at_index" on "claim_event" ("type", "at");`);
    this.addSql(
      `create index "claim_event_claim_id_at_index" on "claim_event" ("claim_id", "at");`,
    );

    this.addSql(
      `create table "claim_draft" ("id" uuid not null, "token_hash" varchar(64) not null, "created_at" timestamptz not null default now(), "expires_at" timestamptz not null, "claim_id" uuid null, "warned_conflicts" jsonb not null default '[]', constraint "claim_draft_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "claim_draft" add constraint "claim_draft_token_hash_unique" unique ("token_hash");`,
    );
    this.addSql(
      `alter table "claim_draft" add constraint "claim_draft_claim_id_unique" unique ("claim_id");`,
    );
    this.addSql(`create index "claim_draft_expires_at_index" on "claim_draft" ("expires_at");`);

    this.addSql(
      `create table "attachment" ("id" uuid not null, "draft_id" uuid not null, "claim_id" uuid null, "kind" text check ("kind" in ('PRESCRIPTION', 'VP_RECEIPT', 'ATP_RECEIPT')) not null, "file_name" varchar(255) not null, "content_type" varchar(40) not null, "size_bytes" int not null, "sha256" varchar(64) not null, "storage_key" varchar(200) not null, "created_at" timestamptz not null default now(), constraint "attachment_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "attachment_draft_id_index" on "attachment" ("draft_id");`);
    this.addSql(`create index "attachment_claim_id_index" on "attachment" ("claim_id");`);
    this.addSql(
      `create index "attachment_unclaimed_index" on "attachment" ("created_at") where "claim_id" is null;`,
    );

    this.addSql(
      `create table "trip" ("id" uuid not null, "claim_id" uuid not null, "position" smallint not null, "outbound_date" date not null, "return_date" date null, constraint "trip_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "trip_outbound_date_index" on "trip" ("outbound_date");`);
    this.addSql(
      `alter table "trip" add constraint "trip_claim_id_position_unique" unique ("claim_id", "position");`,
    );

    this.addSql(
      `alter table "claim" add constraint "claim_caisse_id_foreign" foreign key ("caisse_id") references "caisse" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "claim" add constraint "claim_patient_id_foreign" foreign key ("patient_id") references "patient" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "claim_event" add constraint "claim_event_claim_id_foreign" foreign key ("claim_id") references "claim" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "claim_draft" add constraint "claim_draft_claim_id_foreign" foreign key ("claim_id") references "claim" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "attachment" add constraint "attachment_draft_id_foreign" foreign key ("draft_id") references "claim_draft" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "attachment" add constraint "attachment_claim_id_foreign" foreign key ("claim_id") references "claim" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "trip" add constraint "trip_claim_id_foreign" foreign key ("claim_id") references "claim" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "claim" drop constraint "claim_patient_id_foreign";`);

    this.addSql(`alter table "claim_event" drop constraint "claim_event_claim_id_foreign";`);

    this.addSql(`alter table "claim_draft" drop constraint "claim_draft_claim_id_foreign";`);

    this.addSql(`alter table "attachment" drop constraint "attachment_claim_id_foreign";`);

    this.addSql(`alter table "trip" drop constraint "trip_claim_id_foreign";`);

    this.addSql(`alter table "attachment" drop constraint "attachment_draft_id_foreign";`);

    this.addSql(`drop table if exists "claim_number_day" cascade;`);

    this.addSql(`drop table if exists "outbox_email" cascade;`);

    this.addSql(`drop table if exists "patient" cascade;`);

    this.addSql(`drop table if exists "claim" cascade;`);

    this.addSql(`drop table if exists "claim_event" cascade;`);

    this.addSql(`drop table if exists "claim_draft" cascade;`);

    this.addSql(`drop table if exists "attachment" cascade;`);

    this.addSql(`drop table if exists "trip" cascade;`);
  }
}
