import { availableActions } from "./available-actions";

test("a submitted claim can be taken, rejected, put on hold, and its patient contacted", () => {
  expect(availableActions("SUBMITTED", false, true)).toEqual([
    "take",
    "reject",
    "hold",
    "contact",
    "correct",
  ]);
});

test("a claim in progress can be validated; one on hold can be released", () => {
  expect(availableActions("IN_PROGRESS", false, true)).toContain("validate");
  expect(availableActions("IN_PROGRESS", true, true)).toEqual([
    "reject",
    "release",
    "contact",
    "correct",
  ]);
});

test("after the decision only a message to the patient remains", () => {
  expect(availableActions("VALIDATED", false, true)).toEqual(["contact"]);
  expect(availableActions("REJECTED", false, true)).toEqual(["contact"]);
});

test("cancelled claims and agents without the right get no action", () => {
  expect(availableActions("CANCELLED", false, true)).toEqual([]);
  expect(availableActions("SUBMITTED", false, false)).toEqual([]);
});
