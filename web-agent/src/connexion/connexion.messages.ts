// Texts of the agent sign-in page.
export const connexionMessages = {
  title: "Connexion à l’espace agent",
  intro: "Cet espace est réservé aux agents des caisses d’assurance maladie.",
  legend: "Se connecter avec son compte",
  email: "Adresse électronique",
  emailHint: "Format attendu : nom@domaine.fr",
  password: "Mot de passe",
  submit: "Se connecter",
} as const;
