import type { ClaimStatus } from "../claim-enums";

const STATUS_LABELS: Record<ClaimStatus, string> = {
  SUBMITTED: "déposée",
  IN_PROGRESS: "en cours de traitement",
  VALIDATED: "validée",
  REJECTED: "rejetée",
  CANCELLED: "annulée",
};

/** French messages of the agents' review: queue, actions, corrections. */
export const reviewMessages = {
  claimNotFound: "Demande introuvable.",
  firstOutOfRange: (max: number) => `Demandez entre 1 et ${max} demandes par page.`,
  badCursor: "Lien de pagination invalide : revenez à la première page de la liste.",
  badSearch:
    "Recherchez un numéro de demande (12 chiffres), un NIR, le début d’un nom ou une adresse " +
    "électronique.",
  badCaisseId: "Caisse inconnue.",
  datesReversed: "La date de fin précède la date de début.",
  cannotTake: (status: ClaimStatus) =>
    `Cette demande ne peut pas être prise en charge : elle est ${STATUS_LABELS[status]}.`,
  cannotValidate: (status: ClaimStatus) =>
    status === "SUBMITTED"
      ? "Prenez d’abord la demande en charge avant de la valider."
      : `Cette demande ne peut pas être validée : elle est ${STATUS_LABELS[status]}.`,
  validateOnHold: "Cette demande est en attente : levez l’attente avant de la valider.",
  cannotReject: (status: ClaimStatus) =>
    `Cette demande ne peut pas être rejetée : elle est ${STATUS_LABELS[status]}.`,
  cannotHold: (status: ClaimStatus) =>
    `Cette demande ne peut pas être mise en attente : elle est ${STATUS_LABELS[status]}.`,
  alreadyOnHold: "Cette demande est déjà en attente.",
  notOnHold: "Cette demande n’est pas en attente.",
  cannotContact: (status: ClaimStatus) =>
    `Impossible de contacter le patient pour une demande ${STATUS_LABELS[status]}.`,
  cannotCorrect: (status: ClaimStatus) =>
    `Les données d’une demande ${STATUS_LABELS[status]} ne peuvent plus être corrigées.`,
  holdReasonMissing: "Indiquez le motif de la mise en attente.",
  holdReasonTooLong: (max: number) => `Le motif ne peut pas dépasser ${max} caractères.`,
  templateUnusable:
    "Ce modèle de message est introuvable, désactivé, d’un autre type ou d’une autre caisse.",
  instructionLeft: (mark: string) =>
    `Remplacez « ${mark} » par le texte voulu avant d’envoyer le message.`,
  bulkEmpty: "Sélectionnez au moins une demande.",
  bulkTooMany: (max: number) => `Validez au plus ${max} demandes à la fois.`,
  distanceNoVehicle: "Cette demande ne comporte pas de trajet en véhicule personnel.",
  distanceOutOfRange: "Indiquez une distance entre 1 et 9 999 km pour l’ensemble des trajets.",
  distanceKept: (previous: number | null) =>
    "Une distance nulle ou vide n’est pas une correction : la distance précédente " +
    `(${previous === null ? "aucune" : `${previous} km`}) est conservée.`,
  nothingChanged: "Aucune donnée n’a changé : rien n’a été enregistré.",
} as const;
