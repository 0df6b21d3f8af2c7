/** What agents read: sign-in, session and password messages. */
export const messages = {
  // Same text for an unknown e-mail and a wrong password, so that accounts cannot be guessed.
  badCredentials: "Adresse électronique ou mot de passe incorrect.",
  tooManyAttempts:
    "Trop de tentatives de connexion. Patientez quelques minutes avant de réessayer.",
  passwordTooShort: (min: number) => `Le mot de passe doit contenir au moins ${min} caractères.`,
  passwordTooLong: (max: number) => `Le mot de passe ne peut pas dépasser ${max} caractères.`,
  passwordIsEmail: "Le mot de passe ne doit pas reprendre votre adresse électronique.",
  linkInvalid:
    "Ce lien n’est plus valable : il a expiré ou a déjà servi. " +
    "Demandez un nouveau lien depuis la page de connexion.",
} as const;

/** What an operator reads from the account tools (CLI, demo seed). */
export const accountMessages = {
  emailInvalid: "Adresse électronique invalide.",
  roleMissing: "Indiquez au moins un rôle (AGENT, SUPERVISOR, LOCAL_ADMIN, NATIONAL_ADMIN).",
  roleUnknown: (role: string) =>
    `Rôle inconnu : ${role}. Rôles possibles : AGENT, SUPERVISOR, LOCAL_ADMIN, NATIONAL_ADMIN.`,
  caisseMissing: "Indiquez au moins une caisse (sauf pour un administrateur national).",
  caisseUnknown: (numbers: string[]) => `Caisse inconnue : ${numbers.join(", ")}.`,
} as const;
