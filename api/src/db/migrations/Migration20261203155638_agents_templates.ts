import { Migration } from "@mikro-orm/migrations";

// The national templates a fresh installation starts with. Seeded here, once, rather than at
// every start, so that a template an administrator renames or deactivates stays that way.
const DEFAULT_TEMPLATES: { name: string; kind: string; subject: string; body: string }[] = [
  {
    name: "Prescription absente ou illisible",
    kind: "REJECTION",
    subject: "Votre demande de remboursement n° {{claimNumber}}",
    body: [
      "Bonjour {{patientFirstName}} {{patientLastName}},",
      "",
      "Nous avons examiné votre demande de remboursement de frais de transport n° {{claimNumber}}, déposée le {{submittedOn}}.",
      "",
      "Nous ne pouvons pas la prendre en charge : la prescription médicale de transport jointe est absente ou illisible.",
      "",
      "Vous pouvez déposer une nouvelle demande avec une photo nette de la prescription.",
      "",
      "Cordialement,",
      "{{caisseName}}",
    ].join("\n"),
  },
  {
    name: "Trajets déjà remboursés",
    kind: "REJECTION",
    subject: "Votre demande de remboursement n° {{claimNumber}}",
    body: [
      "Bonjour {{patientFirstName}} {{patientLastName}},",
      "",
      "Nous avons examiné votre demande de remboursement de frais de transport n° {{claimNumber}}, déposée le {{submittedOn}}.",
      "",
      "Les trajets déclarés ont déjà fait l'objet d'un remboursement : nous ne pouvons pas les rembourser une seconde fois.",
      "",
      "Cordialement,",
      "{{caisseName}}",
    ].join("\n"),
  },
  {
    name: "Justificatif à fournir",
    kind: "CONTACT",
    subject: "Votre demande n° {{claimNumber}} : un justificatif est nécessaire",
    body: [
      "Bonjour {{patientFirstName}} {{patientLastName}},",
      "",
      "Pour traiter votre demande de remboursement n° {{claimNumber}}, nous avons besoin du justificatif suivant : [précisez le document].",
      "",
      "Vous pouvez répondre à ce message en joignant le document.",
      "",
      "Cordialement,",
      "{{caisseName}}",
    ].join("\n"),
  },
];

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

export class Migration20261203155638_agents_templates extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "agent" ("id" uuid not null, "email" varchar(254) not null, "password_hash" text null, "roles" text[] not null, "active" boolean not null default true, "last_login_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "agent_pkey" primary key ("id"), constraint agent_roles_known check (roles <@ array['AGENT', 'SUPERVISOR', 'LOCAL_ADMIN', 'NATIONAL_ADMIN']::text[]), constraint agent_email_normalised check (email = lower(btrim(email))));`,
    );
    this.addSql(`alter table "agent" add constraint "agent_email_unique" unique ("email");`);

    this.addSql(
      `create table "agent_session" ("id" uuid not null, "token_hash" varchar(64) not null, "agent_id" uuid not null, "created_at" timestamptz not null, "last_seen_at" timestamptz not null, "expires_at" timestamptz not null, constraint "agent_session_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "agent_session" add constraint "agent_session_token_hash_unique" unique ("token_hash");`,
    );
    this.addSql(`create index "agent_session_agent_id_index" on "agent_session" ("agent_id");`);

    this.addSql(
      `create table "agent_caisse" ("agent_id" uuid not null, "caisse_id" uuid not null, constraint "agent_caisse_pkey" primary key ("agent_id", "caisse_id"));`,
    );

    this.addSql(
      `create table "message_template" ("id" uuid not null, "caisse_id" uuid null, "name" varchar(120) not null, "kind" text check ("kind" in ('REJECTION', 'CONTACT')) not null, "subject" varchar(200) not null, "body" text not null, "active" boolean not null default true, "usage_count" int not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "message_template_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create unique index "message_template_scope_name_unique" on "message_template" (coalesce("caisse_id", '00000000-0000-0000-0000-000000000000'::uuid), lower("name"));`,
    );

    this.addSql(
      `create table "agent_password_token" ("id" uuid not null, "token_hash" varchar(64) not null, "agent_id" uuid not null, "purpose" text check ("purpose" in ('INVITATION', 'RESET')) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "agent_password_token_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "agent_password_token" add constraint "agent_password_token_token_hash_unique" unique ("token_hash");`,
    );
    this.addSql(
      `create index "agent_password_token_agent_id_index" on "agent_password_token" ("agent_id");`,
    );

    this.addSql(
      `create table "rate_limit" ("key" varchar(255) not null, "points" int not null default 0, "expire" bigint null, constraint "rate_limit_pkey" primary key ("key"));`,
    );

    this.addSql(
      `alter table "agent_session" add constraint "agent_session_agent_id_foreign" foreign key ("agent_id") references "agent" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "agent_caisse" add constraint "agent_caisse_agent_id_foreign" foreign key ("agent_id") references "agent" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "agent_caisse" add constraint "agent_caisse_caisse_id_foreign" foreign key ("caisse_id") references "caisse" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "message_template" add constraint "message_template_caisse_id_foreign" foreign key ("caisse_id") references "caisse" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "agent_password_token" add constraint "agent_password_token_agent_id_foreign" foreign key ("agent_id") references "agent" ("id") on update cascade on delete cascade;`,
    );

    this.seedDefaultTemplates();
  }

  private seedDefaultTemplates(): void {
    for (const t of DEFAULT_TEMPLATES) {
      this.addSql(
        `insert into "message_template" ("id", "caisse_id", "name", "kind", "subject", "body") ` +
          `values (gen_random_uuid(), null, ${quote(t.name)}, ${quote(t.kind)}, ${quote(t.subject)}, ${quote(t.body)});`,
      );
    }
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "agent_session" drop constraint "agent_session_agent_id_foreign";`);

    this.addSql(`alter table "agent_caisse" drop constraint "agent_caisse_agent_id_foreign";`);

    this.addSql(
      `alter table "agent_password_token" drop constraint "agent_password_token_agent_id_foreign";`,
    );

    this.addSql(`drop table if exists "agent" cascade;`);

    this.addSql(`drop table if exists "agent_session" cascade;`);

    this.addSql(`drop table if exists "agent_caisse" cascade;`);

    this.addSql(`drop table if exists "message_template" cascade;`);

    this.addSql(`drop table if exists "agent_password_token" cascade;`);

    this.addSql(`drop table if exists "rate_limit" cascade;`);
  }
}
