import { counted, plural } from "./plural";

test("zero and one take the singular in French, more the plural", () => {
  expect(plural(0, "alerte", "alertes")).toBe("alerte");
  expect(plural(1, "alerte", "alertes")).toBe("alerte");
  expect(plural(2, "alerte", "alertes")).toBe("alertes");
  expect(plural(1.5, "km", "km")).toBe("km");
});

test("writes the count the French way, with its words", () => {
  expect(counted(1, "demande validée", "demandes validées")).toBe("1 demande validée");
  expect(counted(3, "demande validée", "demandes validées")).toBe("3 demandes validées");
  // A narrow no-break space groups the thousands.
  expect(counted(12345, "demande", "demandes")).toBe("12\u202f345 demandes");
});
