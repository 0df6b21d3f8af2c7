import type { EntityManager } from "@mikro-orm/postgresql";
import { startTestApi, type TestApi } from "../../test/test-api";
import { isStalePlan, preparedQuery } from "./prepared";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

/** The named statements the connection of `em`'s transaction has prepared. */
async function preparedOn(em: EntityManager): Promise<string[]> {
  const rows = await em.execute<{ name: string }[]>(
    "select name from pg_prepared_statements order by name",
  );
  return rows.map((row) => row.name);
}

describe("preparedQuery", () => {
  it("runs a named statement, on the connection of the current transaction", async () => {
    const names = await api.orm.em.fork().transactional(async (em) => {
      const rows = await preparedQuery<{ n: number }>(em, "probe", "select ?::int + 1 as n", [41]);
      expect(rows).toEqual([{ n: 42 }]);
      return preparedOn(em);
    });
    expect(names.filter((name) => name.startsWith("probe-"))).toHaveLength(1);
  });

  it("sees the transaction's own writes and is rolled back with it", async () => {
    const em = api.orm.em.fork();
    await em.execute("create table if not exists prepared_probe (n int)");
    await em
      .transactional(async (inner) => {
        await inner.execute("insert into prepared_probe values (7)");
        const rows = await preparedQuery<{ n: number }>(
          inner,
          "probe-read",
          "select n from prepared_probe where n = ?",
          [7],
        );
        expect(rows).toEqual([{ n: 7 }]);
        throw new Error("roll back");
      })
      .catch((error: Error) => expect(error.message).toBe("roll back"));
    expect(await em.execute("select n from prepared_probe")).toEqual([]);
    await em.execute("drop table prepared_probe");
  });

  it("gives two texts with one label two names", async () => {
    const names = await api.orm.em.fork().transactional(async (em) => {
      await preparedQuery(em, "twin", "select ?::int as n", [1]);
      await preparedQuery(em, "twin", "select ?::int * 2 as n", [1]);
      return preparedOn(em);
    });
    expect(new Set(names.filter((name) => name.startsWith("twin-"))).size).toBe(2);
  });

  it("keeps answering after a migration changes the type of a column it returns", async () => {
    const em = api.orm.em.fork();
    await em.execute("create table prepared_migrated (code varchar(5))");
    await em.execute("insert into prepared_migrated values ('abc')");
    const read = () =>
      preparedQuery<{ code: string }>(
        em.fork(),
        "migrated",
        "select code from prepared_migrated",
        [],
      );
    // At once, so that every connection of the pool prepares the statement.
    const everywhere = () => Promise.all(Array.from({ length: 30 }, read));
    expect(await everywhere()).toEqual(Array(30).fill([{ code: "abc" }]));
    await em.execute("alter table prepared_migrated alter column code type varchar(12)");
    await em.execute("update prepared_migrated set code = 'abcdefghij'");
    expect(await everywhere()).toEqual(Array(30).fill([{ code: "abcdefghij" }]));
    await em.execute("alter table prepared_migrated alter column code type text");
    expect(await everywhere()).toEqual(Array(30).fill([{ code: "abcdefghij" }]));
    await em.execute("drop table prepared_migrated");
  });

  it("tells a stale plan by the server's routine, whatever the language of its message", () => {
    const french = Object.assign(
      new Error("le plan en cache ne doit pas modifier le type en résultat"),
      { code: "0A000", routine: "RevalidateCachedQuery" },
    );
    expect(isStalePlan(french)).toBe(true);
    const otherUnsupported = Object.assign(new Error("cached plan must not change result type"), {
      code: "0A000",
      routine: "transformAlterTableStmt",
    });
    expect(isStalePlan(otherUnsupported)).toBe(false);
  });
});
