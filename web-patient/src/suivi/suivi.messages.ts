// Texts of the claim page opened by the personal link.
// Event types grow with the agents' actions: looked up by any string, unknown ones fall back.
const EVENT_LABELS: Readonly<Record<string, string>> = {
  SUBMITTED: "Demande envoyée",
  CANCELLED: "Demande annulée",
  TAKEN: "Demande prise en charge",
  VALIDATED: "Demande validée",
  REJECTED: "Demande refusée",
  ON_HOLD: "Demande mise en attente",
  HOLD_RELEASED: "Reprise du traitement",
  PATIENT_CONTACTED: "Message envoyé",
  CORRECTED: "Informations de la demande corrigées",
  PAYMENT_RECORDED: "Paiement ordonné",
};

const ACTOR_LABELS: Readonly<Record<string, string>> = {
  PATIENT: "par vous",
  AGENT: "par votre caisse",
  PARTNER: "par un service partenaire",
  SYSTEM: "automatiquement",
};

export const suiviMessages = {
  title: "Suivi de votre demande",
  titleWithNumber: (number: string) => `Demande n° ${number}`,
  notFoundTitle: "Demande introuvable ou lien expiré",
  notFound:
    "Ce lien de suivi ne correspond à aucune demande, ou il a expiré. Vérifiez que vous avez " +
    "copié le lien complet depuis le courriel reçu, ou contactez votre caisse.",
  unavailable:
    "Le suivi de votre demande est momentanément indisponible. Réessayez dans quelques instants.",
  backHome: "Retour à l’accueil",
  status: "Statut",
  statuses: {
    SUBMITTED: "Envoyée",
    IN_PROGRESS: "En cours de traitement",
    VALIDATED: "Validée",
    REJECTED: "Refusée",
    CANCELLED: "Annulée",
  },
  onHold: "En attente d’un complément",
  submittedAt: (date: string) => `Envoyée le ${date}`,
  caisse: "Caisse",
  person: "Personne transportée",
  prescription: "Prescription",
  prescriptionKinds: {
    PMT: "Prescription médicale de transport",
    EPMT: "Prescription électronique",
    CONVOCATION: "Convocation du service médical",
  },
  trips: "Trajets",
  tripOneWay: (date: string) => `Aller simple le ${date}`,
  tripRound: (outbound: string, back: string) =>
    outbound === back ? `Aller-retour le ${outbound}` : `Aller le ${outbound}, retour le ${back}`,
  expenses: "Frais déclarés",
  distance: (km: number) => `${km} km en véhicule personnel`,
  tolls: (amount: string) => `Péages : ${amount}`,
  parking: (amount: string) => `Stationnement : ${amount}`,
  publicTransport: (amount: string) => `Transports en commun : ${amount}`,
  documents: "Documents joints",
  documentKinds: {
    PRESCRIPTION: "Prescription",
    VP_RECEIPT: "Justificatif véhicule",
    ATP_RECEIPT: "Titre de transport",
  },
  noDocument: "Aucun document joint.",
  timeline: "Historique",
  events: EVENT_LABELS,
  otherEvent: "Mise à jour de la demande",
  actors: ACTOR_LABELS,
  cancelTitle: "Annuler votre demande",
  cancelIntro:
    "Vous pouvez annuler votre demande tant que votre caisse ne l’a pas prise en charge, par " +
    "exemple si vous l’avez envoyée par erreur.",
  cancel: "Annuler ma demande",
  cancelModalTitle: "Annuler cette demande ?",
  cancelModalText: (number: string) =>
    `La demande n° ${number} sera annulée et ne sera pas remboursée. Vous pourrez en faire une nouvelle.`,
  cancelConfirm: "Oui, annuler la demande",
  cancelKeep: "Non, garder ma demande",
  cancelled: "Votre demande est annulée. Un courriel de confirmation vous a été envoyé.",
  notCancellable:
    "Cette demande ne peut plus être annulée : votre caisse l’a déjà prise en charge. " +
    "Contactez-la si besoin.",
  cancelFailed: "L’annulation n’a pas pu être faite. Réessayez dans quelques instants.",
} as const;
