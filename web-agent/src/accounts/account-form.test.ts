import { CombinedGraphQLErrors } from "@apollo/client/errors";
import {
  apiFieldErrors,
  displayName,
  draftErrors,
  firstField,
  grantableRoles,
  sortedRoles,
  type AccountDraft,
} from "./account-form";
import { accountsMessages as m } from "./accounts.messages";

const draft: AccountDraft = {
  email: "camille.martin@assurance-maladie.fr",
  firstName: "Camille",
  lastName: "Martin",
  roles: ["AGENT"],
  caisseIds: ["caisse-311"],
};

test("a local admin is never offered the national role", () => {
  expect(grantableRoles(["LOCAL_ADMIN"])).toEqual(["AGENT", "SUPERVISOR", "LOCAL_ADMIN"]);
  expect(grantableRoles(["NATIONAL_ADMIN"])).toContain("NATIONAL_ADMIN");
  expect(sortedRoles(["LOCAL_ADMIN", "AGENT"])).toEqual(["AGENT", "LOCAL_ADMIN"]);
});

test("a complete draft has no error", () => {
  expect(draftErrors(draft, true)).toEqual({});
});

test("each missing piece is reported on its field, in French, first one first", () => {
  const errors = draftErrors(
    { email: "camille@", firstName: " ", lastName: "", roles: [], caisseIds: [] },
    true,
  );
  expect(errors).toEqual({
    email: m.invalid.email,
    firstName: m.invalid.firstName,
    lastName: m.invalid.lastName,
    roles: m.invalid.roles,
    caisseIds: m.invalid.caisseIds,
  });
  expect(firstField(errors)).toBe("email");
  expect(firstField({ caisseIds: "x", roles: "y" })).toBe("roles");
});

test("a national admin needs no caisse; the e-mail of an edited account is not checked", () => {
  expect(draftErrors({ ...draft, roles: ["NATIONAL_ADMIN"], caisseIds: [] }, true)).toEqual({});
  expect(draftErrors({ ...draft, email: "" }, false)).toEqual({});
});

test("reads the API's input errors per field, all of them when it lists several", () => {
  const taken = new CombinedGraphQLErrors({
    errors: [
      {
        message: "Un compte agent existe déjà avec cette adresse électronique.",
        extensions: { code: "BAD_USER_INPUT", field: "email", reason: "EMAIL_TAKEN" },
      },
    ],
  });
  expect(apiFieldErrors(taken)).toEqual({
    email: "Un compte agent existe déjà avec cette adresse électronique.",
  });
  const several = new CombinedGraphQLErrors({
    errors: [
      {
        message: "Indiquez ce nom.",
        extensions: {
          code: "BAD_USER_INPUT",
          field: "firstName",
          issues: [
            { field: "firstName", message: "Indiquez ce nom." },
            { field: "caisseIds", message: "Caisse introuvable." },
          ],
        },
      },
    ],
  });
  expect(apiFieldErrors(several)).toEqual({
    firstName: "Indiquez ce nom.",
    caisseIds: "Caisse introuvable.",
  });
  const forbidden = new CombinedGraphQLErrors({
    errors: [{ message: "Non", extensions: { code: "FORBIDDEN" } }],
  });
  expect(apiFieldErrors(forbidden)).toEqual({});
  expect(apiFieldErrors(new TypeError("fetch failed"))).toEqual({});
});

test("names an account by its names, or by its e-mail when it has none", () => {
  expect(displayName({ firstName: "Camille", lastName: "Martin", email: "c@x.fr" })).toBe(
    "Camille Martin",
  );
  expect(displayName({ firstName: null, lastName: null, email: "c@x.fr" })).toBe("c@x.fr");
});
