import type { EntityManager } from "@mikro-orm/postgresql";
import type { LocalDate } from "@js-joda/core";
import { DomainError } from "../graphql/errors";
import { claimMessages } from "./messages";

/**
 * The next claim number of a Paris day: "YYYYMMDD" + a 4-digit sequence from 0000 (SPEC 4.3).
 *
 * One counter row per day, incremented by an upsert inside the submission transaction: the
 * row lock serialises concurrent submissions without retries, and a rolled-back submission
 * gives its number back, so numbers stay consecutive.
 */
export async function nextClaimNumber(em: EntityManager, day: LocalDate): Promise<string> {
  const rows = await em.execute<{ last: number }[]>(
    `insert into claim_number_day (day, last) values (?, 0)
     on conflict (day) do update set last = claim_number_day.last + 1
     returning last`,
    [day.toString()],
  );
  const sequence = rows[0]?.last;
  if (sequence === undefined) throw new Error("the claim number counter returned no row");
  // Four digits is the format partners know; past 10 000 claims a day, refuse rather than
  // hand out a 13-digit number.
  if (sequence > 9_999) throw new DomainError("TOO_MANY_REQUESTS", claimMessages.dailyCapacity);
  return day.toString().replaceAll("-", "") + String(sequence).padStart(4, "0");
}
