// Texts of the error pages (unknown address, unexpected failure).
export const errorMessages = {
  notFoundTitle: "Page non trouvée",
  notFound:
    "La page que vous cherchez est introuvable. Vérifiez l’adresse saisie, ou repartez de " +
    "l’accueil.",
  failureTitle: "Une erreur est survenue",
  failure: "Le service rencontre un problème. Réessayez dans quelques instants.",
  retry: "Réessayer",
  backHome: "Retour à l’accueil",
} as const;
