import { LocalDate } from "@js-joda/core";
import { isStillClaimable, lastClaimableDate } from "./claim-deadline";

const d = (iso: string) => LocalDate.parse(iso);

describe("lastClaimableDate (art. L332-1)", () => {
  it.each([
    ["2024-10-01", "2026-12-31"],
    ["2024-12-31", "2026-12-31"],
    ["2024-09-30", "2026-09-30"],
    ["2024-07-01", "2026-09-30"],
    ["2025-01-01", "2027-03-31"],
    ["2024-02-29", "2026-03-31"],
  ])("a trip on %s may be claimed until %s", (trip, last) => {
    expect(lastClaimableDate(d(trip)).toString()).toBe(last);
  });

  it("is inclusive of the last day", () => {
    expect(isStillClaimable(d("2024-10-01"), d("2026-12-31"))).toBe(true);
    expect(isStillClaimable(d("2024-10-01"), d("2027-01-01"))).toBe(false);
    expect(isStillClaimable(d("2024-09-30"), d("2026-12-03"))).toBe(false);
  });
});
