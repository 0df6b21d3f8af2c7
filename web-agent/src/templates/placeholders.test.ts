import { fillPlaceholders } from "./placeholders";

test("fills every known mark, spaces inside the braces included", () => {
  expect(
    fillPlaceholders("Demande {{claimNumber}} de {{ patientFirstName }}", {
      claimNumber: "202606010001",
      patientFirstName: "Zoé",
    }),
  ).toBe("Demande 202606010001 de Zoé");
});

test("leaves an unknown mark visible", () => {
  expect(fillPlaceholders("Bonjour {{inconnu}}", {})).toBe("Bonjour {{inconnu}}");
});
