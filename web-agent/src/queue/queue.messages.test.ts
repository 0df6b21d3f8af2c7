import { claimMessages } from "@/claim/claim.messages";
import { dashboardMessages } from "@/dashboard/dashboard.messages";
import { queueMessages } from "./queue.messages";

test("counts agree in number, with no '(s)' left", () => {
  expect(queueMessages.conflictsKept(0)).toBe("—");
  expect(queueMessages.conflictsKept(1)).toBe("1 maintenue");
  expect(queueMessages.conflictsKept(2)).toBe("2 maintenues");
  expect(queueMessages.total(1)).toBe("1 demande");
  expect(dashboardMessages.mineCount(3)).toBe("3 demandes en cours");
  expect(claimMessages.conflictsKept(1, 0)).toBe(
    "Le patient a maintenu 1 alerte de doublon et en a corrigé 0.",
  );
  expect(claimMessages.conflictsKept(2, 1)).toMatch(/maintenu 2 alertes de doublon/);
});

test("says how many claims match, and only a lower bound when the count is not exact", () => {
  expect(queueMessages.total(0, true)).toBe("Aucune demande ne correspond.");
  expect(queueMessages.total(9999, true)).toMatch(/^9\s999 demandes$/u);
  expect(queueMessages.total(10000, false)).toMatch(/^plus de 10\s000 demandes$/u);
  expect(dashboardMessages.count(42, true)).toBe("42");
  expect(dashboardMessages.count(10000, false)).toMatch(/^plus de 10\s000$/u);
});
