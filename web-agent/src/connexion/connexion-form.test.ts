import { emailErrors, setPasswordErrors, signInErrors } from "./connexion-form";
import { connexionMessages as m } from "./connexion.messages";

test("sign-in: an empty form is told, in French, what each field needs", () => {
  expect(signInErrors("", "")).toEqual({ email: m.invalid.email, password: m.invalid.password });
  expect(signInErrors("agent@", "x")).toEqual({ email: m.invalid.email });
  expect(signInErrors(" agent@caisse.fr ", "x")).toEqual({});
});

test("forgotten password: the address is checked before anything is sent", () => {
  expect(emailErrors("")).toEqual({ email: m.invalid.email });
  expect(emailErrors("agent@caisse.fr")).toEqual({});
});

test("choose a password: empty or shorter than 12 characters is refused in French", () => {
  expect(setPasswordErrors("", "")).toEqual({ password: m.invalid.newPassword(12) });
  expect(setPasswordErrors("court", "court")).toEqual({
    password: m.invalid.newPasswordTooShort(12, 5),
  });
  expect(setPasswordErrors("court", "court").password).toMatch(/au moins 12 caractères/);
  // Characters as the API counts them: an emoji counts once.
  expect(setPasswordErrors("😀".repeat(11), "😀".repeat(11)).password).toBe(
    m.invalid.newPasswordTooShort(12, 11),
  );
});

test("choose a password: the confirmation must be given and be the same", () => {
  const good = "Un mot de passe bien à moi";
  expect(setPasswordErrors(good, good)).toEqual({});
  expect(setPasswordErrors(good, "")).toEqual({ confirmation: m.invalid.confirmation });
  expect(setPasswordErrors(good, `${good}!`)).toEqual({ confirmation: m.mismatch });
});
