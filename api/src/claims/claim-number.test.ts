import { startTestApi, type TestApi } from "../../test/test-api";
import { claimInput, createCaisse, FROZEN_NOW, startDraft, submit } from "../../test/factories";
import { OutboxEmail } from "../notifications/outbox-email.entity";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ DATABASE_POOL_MAX: "10" }, () => FROZEN_NOW);
});
afterAll(async () => {
  await api.stop();
});

describe("claim numbers (SPEC 4.3)", () => {
  it("gives 50 concurrent submissions 50 distinct consecutive numbers of the Paris day", async () => {
    const caisse = await createCaisse(api);
    const drafts = await Promise.all(Array.from({ length: 50 }, () => startDraft(api)));
    const results = await Promise.all(
      drafts.map((draft) => submit(api, draft, claimInput(caisse.id))),
    );
    const numbers = results.map((r) => {
      const number = r.body.data?.submitClaim.claim?.number;
      if (!number) throw new Error(JSON.stringify(r.body.errors));
      return number;
    });
    expect(numbers.every((n) => /^20261203\d{4}$/.test(n))).toBe(true);
    const sequences = numbers.map((n) => Number(n.slice(8))).sort((a, b) => a - b);
    expect(new Set(sequences).size).toBe(50);
    const first = sequences[0] ?? -1;
    expect(sequences).toEqual(Array.from({ length: 50 }, (_, i) => first + i));
  });

  it("restarts the sequence at 0000 on a new Paris day", async () => {
    // 23:30 UTC on 31 December is already 1 January in Paris.
    const newYear = await startTestApi({}, () => new Date("2026-12-31T23:30:00Z"));
    try {
      const caisse = await createCaisse(newYear);
      const input = claimInput(caisse.id, { trips: [{ outboundDate: "2027-01-01" }] });
      const { body } = await submit(newYear, await startDraft(newYear), input);
      expect(body.data?.submitClaim.claim?.number).toBe("202701010000");
    } finally {
      await newYear.stop();
    }
  });

  it("numbers the claim at the end of its transaction: version 1, the number in its e-mail", async () => {
    const caisse = await createCaisse(api);
    const { body } = await submit(api, await startDraft(api), claimInput(caisse.id));
    const claim = body.data?.submitClaim.claim;
    expect(claim?.version).toBe(1);
    const em = api.orm.em.fork();
    const rows = await em.execute<{ number: string; version: number }[]>(
      "select number, version from claim where id = ?",
      [claim?.id],
    );
    expect(rows).toEqual([{ number: claim?.number, version: 1 }]);
    const email = await em.findOneOrFail(OutboxEmail, { claimId: claim?.id });
    expect(email.subject).toBe(`Votre demande de remboursement n° ${claim?.number} est bien reçue`);
    expect(email.body).toContain(`n° ${claim?.number} a bien été`);
    expect(`${email.subject}${email.body}`).not.toContain("\u{E000}");
  });

  it("refuses the 10 001st claim of a day, and gives its number back", async () => {
    // A day of its own: no other test of this worker's database submits on 15 February 2027.
    const busy = await startTestApi({}, () => new Date("2027-02-15T10:00:00Z"));
    try {
      const em = busy.orm.em.fork();
      await em.execute(
        `insert into claim_number_day (day, last) values ('2027-02-15', 9999)
         on conflict (day) do update set last = 9999`,
      );
      const caisse = await createCaisse(busy);
      const { body } = await submit(busy, await startDraft(busy), claimInput(caisse.id));
      expect(body.errors?.[0]?.extensions?.code).toBe("TOO_MANY_REQUESTS");
      expect(body.errors?.[0]?.message).toMatch(/trop de demandes/);
      const counter = await em.execute<{ last: number }[]>(
        "select last from claim_number_day where day = '2027-02-15'",
      );
      expect(counter).toEqual([{ last: 9999 }]);
      const stored = await em.execute<{ count: number }[]>(
        "select count(*)::int as count from claim where submitted_at::date = '2027-02-15'",
      );
      expect(stored).toEqual([{ count: 0 }]);
    } finally {
      await busy.stop();
    }
  });
});
