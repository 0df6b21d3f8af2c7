// Texts of the page frame shared by every page of the agent portal.
export const layoutMessages = {
  serviceTitle: "Mes remboursements simplifiés — espace agent",
  serviceTagline: "Traitement des demandes de remboursement des trajets vers les soins",
  // Suffix of every page title (the service title's dash would read twice in a tab).
  documentTitle: "Mes remboursements simplifiés, espace agent",
  homeLinkTitle: "Accueil — Mes remboursements simplifiés, espace agent",
  skipToContent: "Contenu",
  skipToFooter: "Pied de page",
  footerDescription:
    "Espace réservé aux agents des caisses d’assurance maladie pour traiter les demandes de " +
    "remboursement des trajets vers les soins faits en véhicule personnel ou en transports en " +
    "commun.",
  metadataDescription:
    "Espace des agents des caisses d’assurance maladie : traitement des demandes de " +
    "remboursement des trajets vers les soins.",
} as const;
