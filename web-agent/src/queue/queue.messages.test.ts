import { dashboardMessages } from "../dashboard/dashboard.messages";
import { queueMessages } from "./queue.messages";

test("says how many claims match, and only a lower bound when the count is not exact", () => {
  expect(queueMessages.total(0, true)).toBe("Aucune demande ne correspond.");
  expect(queueMessages.total(1, true)).toBe("1 demande");
  expect(queueMessages.total(9999, true)).toBe("9999 demandes");
  expect(queueMessages.total(10000, false)).toMatch(/^plus de 10\s000 demandes$/u);
  expect(dashboardMessages.count(42, true)).toBe("42");
  expect(dashboardMessages.count(10000, false)).toMatch(/^plus de 10\s000$/u);
});
