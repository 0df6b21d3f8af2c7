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
