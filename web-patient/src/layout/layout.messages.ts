// Texts of the page frame shared by every page of the patient site.
export const layoutMessages = {
  serviceTitle: "Mes remboursements simplifiés",
  serviceTagline: "Vos trajets vers vos soins en voiture ou en transports en commun, remboursés",
  homeLinkTitle: "Accueil — Mes remboursements simplifiés",
  skipToContent: "Contenu",
  skipToFooter: "Pied de page",
  footerDescription:
    "Mes remboursements simplifiés est un service de l’Assurance Maladie. Il permet de demander " +
    "en ligne le remboursement des trajets vers vos soins faits avec votre véhicule personnel ou " +
    "en transports en commun, sur prescription médicale.",
  metadataDescription:
    "Demandez en ligne le remboursement de vos trajets vers vos soins en voiture ou en " +
    "transports en commun.",
} as const;
