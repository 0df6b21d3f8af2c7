import { tokenFromFragment } from "./token-fragment";

test("reads the token of the e-mailed link's fragment", () => {
  expect(tokenFromFragment("#jeton=abc-DEF_123")).toBe("abc-DEF_123");
});

test("answers null for a missing or empty token", () => {
  expect(tokenFromFragment("")).toBeNull();
  expect(tokenFromFragment("#jeton=")).toBeNull();
  expect(tokenFromFragment("#autre=1")).toBeNull();
});
