import { Migration } from "@mikro-orm/migrations";

export class Migration20261203164107_tariffs extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "tariff" ("id" serial primary key, "code" varchar(40) not null, "valid_from" date not null, "valid_to" date null, "value" int not null, "source" varchar(200) not null);`,
    );
    this.addSql(`create index "tariff_code_valid_from_index" on "tariff" ("code", "valid_from");`);
    // The values in force since the own-vehicle rate was unified; later changes are new rows
    // (close the previous one with valid_to), never edits of history.
    this.addSql(
      `insert into "tariff" ("code", "valid_from", "valid_to", "value", "source") values
        ('VP_CENTS_PER_KM', '2015-04-01', null, 30, 'Arrêté du 30 mars 2015 (taux unique de 0,30 €/km)'),
        ('COVERAGE_GENERAL_PERCENT', '2015-04-01', '2023-07-31', 65, 'Taux de participation de l''assuré avant le 1er août 2023'),
        ('COVERAGE_GENERAL_PERCENT', '2023-08-01', null, 55, 'Décision UNCAM : prise en charge de 55 % depuis le 1er août 2023'),
        ('TAXI_CENTS_PER_KM', '2015-04-01', null, 162, 'Coût de référence taxi (SPEC 4.6)'),
        ('TAXI_CENTS_PER_LEG', '2015-04-01', null, 190, 'Coût de référence taxi (SPEC 4.6)'),
        ('TAXI_RATIO_PERCENT', '2015-04-01', null, 91, 'Coût de référence taxi (SPEC 4.6)');`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "tariff" cascade;`);
  }
}
