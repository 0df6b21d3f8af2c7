// Texts of the claim form. For now only its placeholder (the form comes with a later issue).
export const demandeMessages = {
  title: "Demande de remboursement",
  comingSoonTitle: "Bientôt disponible",
  comingSoon:
    "Le formulaire de demande en ligne sera ouvert très prochainement. En attendant, vous " +
    "pouvez préparer votre prescription médicale de transport, vos justificatifs et votre " +
    "carte Vitale.",
  backHome: "Retour à l’accueil",
} as const;
