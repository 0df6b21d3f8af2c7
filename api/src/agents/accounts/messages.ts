/** What administrators read when they manage agent accounts. */
export const accountsMessages = {
  notFound: "Compte agent introuvable.",
  caisseNotFound: "Caisse introuvable.",
  emailInvalid:
    "Cette adresse électronique n’est pas valide (exemple : prenom.nom@assurance-maladie.fr).",
  emailTaken:
    "Un compte agent existe déjà avec cette adresse électronique. Cherchez-le dans la liste, " +
    "comptes désactivés compris.",
  rolesMissing: "Cochez au moins un rôle.",
  caissesMissing: "Cochez au moins une caisse (sauf pour un administrateur national).",
  nationalOnly: "Seul un administrateur national peut attribuer le rôle d’administrateur national.",
  selfDeactivation: "Vous ne pouvez pas désactiver votre propre compte.",
  selfDemotion: "Vous ne pouvez pas retirer vos propres droits de gestion des comptes.",
  inactive: "Ce compte est désactivé : réactivez-le avant de lui envoyer un lien.",
  stale:
    "Ce compte a été modifié entre-temps par un autre administrateur. Rechargez-le puis " +
    "recommencez.",
  firstOutOfRange: (max: number) => `Demandez entre 1 et ${max} comptes par page.`,
  badCursor: "Lien de pagination invalide : revenez à la première page de la liste.",
} as const;

/**
 * Stable reasons, in `extensions.reason` next to the code, for refusals a client may want to
 * tell apart without reading the French text.
 */
export const ACCOUNT_ERROR_REASONS = { emailTaken: "EMAIL_TAKEN" } as const;
