// Texts of the agent sign-in, forgotten-password and set-password pages.
export const connexionMessages = {
  title: "Connexion à l’espace agent",
  intro: "Cet espace est réservé aux agents des caisses d’assurance maladie.",
  legend: "Se connecter avec son compte",
  email: "Adresse électronique",
  emailHint: "Format attendu : nom@domaine.fr",
  password: "Mot de passe",
  submit: "Se connecter",
  submitting: "Connexion…",
  failureTitle: "Connexion impossible",
  forgotten: "Mot de passe oublié ?",
  forgottenTitle: "Mot de passe oublié",
  forgottenIntro:
    "Indiquez l’adresse électronique de votre compte : vous recevrez un lien pour choisir un " +
    "nouveau mot de passe. Ce lien est valable une heure.",
  forgottenSubmit: "Recevoir un lien",
  forgottenSent:
    "Si un compte correspond à cette adresse, un courriel vient de lui être envoyé. Pensez à " +
    "vérifier vos courriers indésirables.",
  forgottenSentTitle: "Demande enregistrée",
  backToSignIn: "Retour à la connexion",
  setTitle: "Choisir votre mot de passe",
  setIntro: "Choisissez le mot de passe de votre compte agent.",
  newPassword: "Nouveau mot de passe",
  newPasswordHint: "Au moins 12 caractères, sans reprendre votre adresse électronique.",
  confirmPassword: "Confirmez le mot de passe",
  mismatch: "Les deux mots de passe ne sont pas identiques.",
  setSubmit: "Enregistrer le mot de passe",
  setDoneTitle: "Mot de passe enregistré",
  setDone: "Votre mot de passe est enregistré. Vous pouvez maintenant vous connecter.",
  setFailureTitle: "Mot de passe non enregistré",
  noToken:
    "Ce lien est incomplet. Ouvrez le lien reçu par courriel tel quel, ou demandez-en un " +
    "nouveau.",
  // Shown on the field itself, before anything is sent.
  invalid: {
    email: "Indiquez une adresse électronique valide, par exemple prenom.nom@assurance-maladie.fr.",
    password: "Indiquez votre mot de passe.",
    newPassword: (min: number) => `Choisissez un mot de passe d’au moins ${min} caractères.`,
    newPasswordTooShort: (min: number, count: number) =>
      `Le mot de passe doit contenir au moins ${min} caractères (il en contient ${count}).`,
    confirmation: "Saisissez de nouveau le mot de passe pour le confirmer.",
  },
} as const;
