// Texts of the session frame: guard, sign-out, navigation.
export const sessionMessages = {
  checking: "Vérification de votre session…",
  signOut: "Se déconnecter",
  navigation: {
    dashboard: "Tableau de bord",
    queue: "Demandes",
    templates: "Modèles de message",
    accounts: "Comptes",
    paymentExport: "Export des paiements",
    paymentImport: "Import des paiements",
  },
} as const;
