// Texts of the landing page (SPEC §5: what is covered, documents to prepare).
export const homeMessages = {
  title: "Vos trajets vers vos soins, remboursés en quelques jours",
  lead:
    "Vous vous rendez à vos soins avec votre voiture ou en transports en commun, sur " +
    "prescription médicale ? Déclarez vos trajets en ligne en quelques minutes, depuis votre " +
    "téléphone : votre caisse d’assurance maladie vous rembourse en quelques jours, sans " +
    "formulaire papier.",
  startClaim: "Faire une demande de remboursement",
  coveredTitle: "Ce qui est remboursé",
  covered: [
    "Les trajets avec votre véhicule personnel (VP) : les kilomètres parcourus, les péages et " +
      "le stationnement.",
    "Les trajets en transports en commun (ATP) : train, car, bus, métro ou tramway, au tarif " +
      "le plus économique.",
    "Les billets de votre accompagnant, quand votre prescription prévoit un accompagnement.",
  ],
  coveredCondition:
    "Vos trajets doivent être prescrits par un médecin sur une prescription médicale de " +
    "transport (PMT) ou faire suite à une convocation du service médical de l’Assurance " +
    "Maladie.",
  documentsTitle: "Les documents à préparer",
  documents: [
    "La photo ou le scan de votre prescription médicale de transport (PMT), ou le numéro de " +
      "votre prescription électronique.",
    "Vos justificatifs de dépenses : tickets de péage, de stationnement, titres de transport.",
    "Votre numéro de sécurité sociale, inscrit sur votre carte Vitale.",
  ],
  stepsTitle: "Comment ça marche",
  steps: [
    "Vous déclarez vos trajets et vous photographiez vos justificatifs.",
    "Votre caisse d’assurance maladie vérifie votre demande.",
    "Vous êtes remboursé par virement sur votre compte bancaire, en quelques jours.",
  ],
  caissesTitle: "Les caisses qui proposent le service",
  caissesIntro:
    "Le nom de votre caisse figure sur votre attestation de droits et dans votre compte ameli.",
  caissesCaption: "Caisses d’assurance maladie proposant le service",
  caisseNumber: "Numéro",
  caisseName: "Caisse",
  caissesEmpty: "Aucune caisse ne propose encore le service.",
  caissesUnavailableTitle: "La liste des caisses est momentanément indisponible",
  caissesUnavailable: "Réessayez dans quelques instants. Vous pouvez déjà préparer vos documents.",
} as const;
