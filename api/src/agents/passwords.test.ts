import { PASSWORD_MIN_LENGTH, passwordProblem } from "./passwords";
import { messages } from "./messages";

describe("passwordProblem", () => {
  const email = "Paul.Nouveau@assurance-maladie.fr";

  it("accepts a long password that does not reuse the address", () => {
    expect(passwordProblem("cheval agrafe batterie", email)).toBeNull();
    expect(passwordProblem("x".repeat(PASSWORD_MIN_LENGTH), email)).toBeNull();
  });

  it("refuses a short one, counting characters, not bytes", () => {
    expect(passwordProblem("é".repeat(PASSWORD_MIN_LENGTH - 1), email)).toBe(
      messages.passwordTooShort(PASSWORD_MIN_LENGTH),
    );
  });

  it("refuses the address, or its part before @, anywhere in the password", () => {
    for (const password of [
      "paul.nouveau@assurance-maladie.fr",
      "paul.nouveau@assurance-maladie.fr1",
      "2026-Paul.Nouveau-2026",
    ]) {
      expect(passwordProblem(password, email)).toBe(messages.passwordIsEmail);
    }
    // Too short a local part to be banned everywhere.
    expect(passwordProblem("jo-est-un-tres-bon-mot", "jo@exemple.fr")).toBeNull();
  });
});
