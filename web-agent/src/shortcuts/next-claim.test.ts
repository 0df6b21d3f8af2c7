import { nextClaimId } from "./next-claim";

test("the next claim is the one below in the remembered queue page", () => {
  expect(nextClaimId(["a", "b", "c"], "b")).toBe("c");
});

test("after the last one there is none", () => {
  expect(nextClaimId(["a", "b", "c"], "c")).toBeNull();
});

test("a claim opened from elsewhere leads to the top of the queue page", () => {
  expect(nextClaimId(["a", "b"], "z")).toBe("a");
  expect(nextClaimId([], "z")).toBeNull();
});
