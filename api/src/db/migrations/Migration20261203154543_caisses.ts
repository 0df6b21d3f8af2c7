import { Migration } from "@mikro-orm/migrations";

export class Migration20261203154543_caisses extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "caisse" ("id" uuid not null, "number" varchar(3) not null, "code" varchar(9) not null, "name" varchar(120) not null, "regions" text[] not null, "active" boolean not null default false, "processing_email" varchar(254) not null, "convocation_allowed" boolean not null default true, "parking_allowed" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "caisse_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "caisse" add constraint "caisse_number_unique" unique ("number");`);
    this.addSql(`alter table "caisse" add constraint "caisse_code_unique" unique ("code");`);
  }
}
