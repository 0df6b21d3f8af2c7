import { fillTemplate, templateTextProblem, type PlaceholderValues } from "./placeholders";
import { messages } from "./messages";

const values: PlaceholderValues = {
  claimNumber: "202603140007",
  patientFirstName: "Zoé",
  patientLastName: "Martin",
  caisseName: "CPAM de la Haute-Garonne",
  submittedOn: "14/03/2026",
};

describe("fillTemplate", () => {
  it("fills every placeholder, repeated ones and spaced ones included", () => {
    const text =
      "N° {{claimNumber}} ({{ claimNumber }}) de {{patientFirstName}} {{patientLastName}}";
    expect(fillTemplate(text, values)).toBe("N° 202603140007 (202603140007) de Zoé Martin");
  });

  it("leaves text without placeholders untouched, single braces included", () => {
    expect(fillTemplate("Bonjour {madame}, rien à remplir.", values)).toBe(
      "Bonjour {madame}, rien à remplir.",
    );
  });

  it("inserts values literally, even when they look like replacement patterns", () => {
    expect(fillTemplate("{{caisseName}}", { ...values, caisseName: "$& $1 {{claimNumber}}" })).toBe(
      "$& $1 {{claimNumber}}",
    );
  });

  it("refuses to send a mark that is not a placeholder", () => {
    expect(() => fillTemplate("{{montant}}", values)).toThrow(/montant/);
  });
});

describe("templateTextProblem", () => {
  it("accepts every known placeholder", () => {
    const text =
      "{{claimNumber}} {{patientFirstName}} {{patientLastName}} {{caisseName}} {{submittedOn}}";
    expect(templateTextProblem(text)).toBeNull();
  });

  it("names each unknown placeholder once", () => {
    expect(templateTextProblem("{{montant}} {{claimNumber}} {{montant}} {{ nir }}")).toEqual({
      kind: "unknown-placeholders",
      names: ["montant", "nir"],
    });
  });

  it("reports unbalanced braces", () => {
    expect(templateTextProblem("Demande {{claimNumber")).toEqual({ kind: "unbalanced-braces" });
    expect(templateTextProblem("Demande claimNumber}}")).toEqual({ kind: "unbalanced-braces" });
    expect(templateTextProblem("{{claim{Number}}")).toEqual({ kind: "unbalanced-braces" });
  });

  it("has a French message listing the possible placeholders", () => {
    expect(messages.unknownPlaceholders(["montant"])).toBe(
      "Variable inconnue : {{montant}}. Variables possibles : {{claimNumber}}, " +
        "{{patientFirstName}}, {{patientLastName}}, {{caisseName}}, {{submittedOn}}.",
    );
  });
});
