import { availableActions } from "./available-actions";

test("a submitted claim can be taken, rejected or put on hold", () => {
  expect(availableActions("SUBMITTED", false, true)).toEqual(["take", "reject", "hold"]);
});

test("a claim in progress can be validated; one on hold can be released", () => {
  expect(availableActions("IN_PROGRESS", true, true)).toEqual(["reject", "release"]);
});

test("closed claims and agents without the right get no action", () => {
  expect(availableActions("VALIDATED", false, true)).toEqual([]);
  expect(availableActions("CANCELLED", false, true)).toEqual([]);
  expect(availableActions("SUBMITTED", false, false)).toEqual([]);
});
