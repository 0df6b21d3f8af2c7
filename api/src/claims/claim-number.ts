import { randomBytes } from "node:crypto";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { LocalDate } from "@js-joda/core";
import { DomainError } from "../graphql/errors";
import { Claim } from "./claim.entity";
import { claimMessages } from "./messages";

/** The last sequence of a day: numbers have four digits, 0000 to 9999 (SPEC 4.3). */
export const MAX_DAILY_SEQUENCE = 9_999;

/**
 * What stands for a number not known yet: a claim's between its insertion and `numberClaim`,
 * inside one transaction (demo seeding), or an e-mail's until the submission statement puts the
 * number in (store-claim.ts). 12 characters like a real number, never one (it starts with a private-use
 * character, which no name, address or link of an e-mail can contain), and 64 random bits, so
 * that two transactions in flight do not pick the same one. Even if they did, the unique index
 * would only make the second wait for the first, whose row then carries its real number.
 */
export function provisionalClaimNumber(): string {
  return `\u{E000}${randomBytes(8).toString("base64url")}`;
}

/**
 * Gives `claim`, flushed with a provisional number, the next number of the Paris `day`:
 * "YYYYMMDD" + a 4-digit sequence from 0000 (SPEC 4.3), and writes it into the outbox e-mails
 * `emailIds` (flushed too) in place of the provisional one.
 *
 * Used where a claim is written through the ORM (demo seeding); a patient's submission takes
 * its number the same way inside its one statement (store-claim.ts).
 *
 * One counter row per day, incremented by an upsert inside the claim's transaction: the
 * row lock serialises concurrent submissions without retries, and a rolled-back submission
 * gives its number back, so numbers stay consecutive. The lock is held until commit, so this
 * must be the transaction's last statement: everything else is written before, and the next
 * submission of the day waits only for this statement and the commit. Plain SQL, not the ORM:
 * the claim is not updated in the optimistic-locking sense (its version stays 1).
 */
export async function numberClaim(
  em: EntityManager,
  claim: Claim,
  day: LocalDate,
  emailIds: string[] = [],
): Promise<void> {
  const provisional = claim.number;
  const rows = await em.execute<{ last: number; number: string | null; emails: number }[]>(
    `with counter as (
       insert into claim_number_day (day, last) values (?, 0)
       on conflict (day) do update set last = claim_number_day.last + 1
       returning last
     ), numbered as (
       update claim set number = ? || lpad(counter.last::text, 4, '0')
         from counter
        where claim.id = ? and claim.number = ? and counter.last <= ${MAX_DAILY_SEQUENCE}
       returning claim.number
     ), emails as (
       update outbox_email
          set subject = replace(subject, ?, numbered.number),
              body = replace(body, ?, numbered.number)
         from numbered
        where outbox_email.id = any(?::uuid[])
       returning outbox_email.id
     )
     select counter.last, numbered.number, (select count(*)::int from emails) as emails
       from counter left join numbered on true`,
    [
      day.toString(),
      day.toString().replaceAll("-", ""),
      claim.id,
      provisional,
      provisional,
      provisional,
      `{${emailIds.join(",")}}`,
    ],
  );
  const row = rows[0];
  if (row === undefined) throw new Error("the claim number counter returned no row");
  // Four digits is the format partners know; past 10 000 claims a day, refuse (the rollback
  // gives the number back) rather than hand out a 13-digit number.
  if (row.last > MAX_DAILY_SEQUENCE)
    throw new DomainError("TOO_MANY_REQUESTS", claimMessages.dailyCapacity);
  if (row.number === null) throw new Error("no claim with this provisional number to number");
  if (row.emails !== emailIds.length) throw new Error("an e-mail to number was not found");
  // The entity learns its number as loaded data, not as a change: no UPDATE at the next flush.
  em.merge(Claim, { id: claim.id, number: row.number }, { refresh: true });
}
