import { counted } from "@mrs/web-common/text";

// Labels, hints and legends of the claim form's fields, step by step.
export const fieldMessages = {
  caisseLabel: "Votre caisse d’assurance maladie",
  caisseHint: "Elle figure sur votre attestation de droits et dans votre compte ameli.",
  caissePlaceholder: "Choisissez votre caisse",
  caisseOptionsTitle: "Ce que votre caisse accepte",
  caisseConvocation: (allowed: boolean) =>
    allowed
      ? "Elle accepte une convocation de son service médical à la place d’une prescription."
      : "Elle n’accepte pas de convocation à la place d’une prescription.",
  caisseParking: (allowed: boolean) =>
    allowed
      ? "Elle rembourse les frais de stationnement."
      : "Elle ne rembourse pas les frais de stationnement.",
  prescriptionLegend: "Votre trajet a été prescrit par",
  prescriptionPmt: "Une prescription médicale de transport sur papier",
  prescriptionPmtHint: "Vous la photographiez ou la scannez.",
  prescriptionEpmt: "Une prescription électronique (ePMT)",
  prescriptionEpmtHint: "Votre médecin vous a remis son numéro.",
  prescriptionConvocation: "Une convocation du service médical de l’Assurance Maladie",
  prescriptionConvocationHint: "Elle remplace la prescription.",
  prescriptionFiles: "Photo ou scan de la prescription",
  epmtNumber: "Numéro de la ePMT",
  epmtHint: "14 lettres ou chiffres, inscrits sur le document remis par votre médecin.",
  convocationDate: "Date de la convocation",
  nir: "Numéro de sécurité sociale",
  nirHint:
    "Numéro de sécurité sociale (carte Vitale) : 15 caractères, clé comprise. Pour un enfant, " +
    "celui du parent qui l’assure.",
  birthDate: "Date de naissance de la personne transportée",
  firstName: "Prénom",
  lastName: "Nom",
  email: "Adresse électronique",
  emailHint: "Nous y envoyons l’accusé de réception et le lien de suivi. Format : nom@domaine.fr",
  phone: "Téléphone (facultatif)",
  phoneHint: "Pour que votre caisse puisse vous joindre. Exemple : 06 12 34 56 78",
  tripLegend: (index: number) => `Trajet ${index + 1}`,
  outboundDate: "Date de l’aller",
  roundTrip: "Aller-retour",
  roundTripHint: "Cochez si vous êtes revenu avec le même mode de transport.",
  returnDate: "Date du retour",
  addTrip: "Ajouter un trajet",
  removeTrip: (index: number) => `Supprimer le trajet ${index + 1}`,
  tripsCount: (count: number) => counted(count, "trajet", "trajets"),
  modesLegend: "Comment vous êtes-vous déplacé ?",
  modesHint: "Cochez un mode ou les deux.",
  vehicle: "Avec un véhicule personnel",
  publicTransport: "En transports en commun (train, car, bus, métro, tramway)",
  vehicleTitle: "Véhicule personnel",
  distance: "Distance parcourue, en kilomètres",
  distanceHint: "Le total de tous les trajets déclarés, aller et retour compris. Exemple : 160",
  tolls: "Péages, en euros (facultatif)",
  parking: "Stationnement, en euros (facultatif)",
  amountHint: "Exemple : 21,30",
  vehicleReceipts: "Justificatifs de péage ou de stationnement",
  publicTransportTitle: "Transports en commun",
  publicTransportCost: "Coût des billets, en euros",
  publicTransportCostHint: "Au tarif le plus économique. Exemple : 23,80",
  publicTransportReceipts: "Titres de transport",
  swornLegend: "Déclaration sur l’honneur",
  sworn:
    "Je certifie sur l’honneur l’exactitude des renseignements portés sur cette demande et " +
    "n’avoir pas été remboursé de ces trajets par ailleurs.",
  swornHint:
    "Toute fausse déclaration expose à des poursuites (article L. 114-13 du code de la sécurité " +
    "sociale).",
} as const;
