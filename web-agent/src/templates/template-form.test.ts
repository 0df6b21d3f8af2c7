import { mayChangeTemplate, templateErrors, type TemplateDraft } from "./template-form";
import { templatesMessages as m } from "./templates.messages";

const draft: TemplateDraft = {
  name: "Pièce manquante",
  caisseId: "caisse-311",
  subject: "Votre demande {{claimNumber}}",
  body: "Bonjour,\nil manque une pièce.",
};
const supervisor = { creating: true, national: false };

test("a complete template has no error", () => {
  expect(templateErrors(draft, supervisor)).toEqual({});
});

test("an empty form is told in French, on each field, what is missing", () => {
  expect(templateErrors({ name: " ", caisseId: "", subject: "", body: "\n" }, supervisor)).toEqual({
    name: m.invalid.name,
    caisseId: m.invalid.caisseId,
    subject: m.invalid.subject,
    body: m.invalid.body,
  });
});

test("a national administrator may leave the caisse empty: a national template", () => {
  expect(templateErrors({ ...draft, caisseId: "" }, { creating: true, national: true })).toEqual(
    {},
  );
  // An edited template keeps its caisse: the field is not in the form.
  expect(templateErrors({ ...draft, caisseId: "" }, { creating: false, national: false })).toEqual(
    {},
  );
});

test("texts longer than the API accepts are refused with their length", () => {
  expect(templateErrors({ ...draft, name: "a".repeat(121) }, supervisor)).toEqual({
    name: m.invalid.tooLong(120, 121),
  });
});

test("only a national administrator may change a national template", () => {
  const national = { caisse: null };
  const local = { caisse: { id: "caisse-311" } };
  expect(mayChangeTemplate(["SUPERVISOR"], national)).toBe(false);
  expect(mayChangeTemplate(["SUPERVISOR"], local)).toBe(true);
  expect(mayChangeTemplate(["NATIONAL_ADMIN"], national)).toBe(true);
  expect(mayChangeTemplate(["SUPERVISOR", "LOCAL_ADMIN"], national)).toBe(false);
});
