import { counted } from "@mrs/web-common/text";

// Texts of the summary, the duplicate warnings and the confirmation.
export const summaryMessages = {
  intro: "Vérifiez votre demande avant de l’envoyer.",
  edit: "Modifier",
  editLabel: (section: string) => `Modifier : ${section}`,
  caisse: "Caisse",
  prescription: "Prescription",
  pmt: "Prescription médicale de transport",
  epmt: (number: string) => `Prescription électronique n° ${number}`,
  convocation: (date: string) => `Convocation du ${date}`,
  documents: (count: number) => counted(count, "document joint", "documents joints"),
  receipts: (count: number) =>
    count === 0
      ? "Aucun justificatif joint"
      : counted(count, "justificatif joint", "justificatifs joints"),
  identity: "Personne transportée",
  bornOn: (date: string) => `née ou né le ${date}`,
  trips: "Trajets",
  tripOneWay: (date: string) => `Aller simple le ${date}`,
  tripRound: (outbound: string, back: string) =>
    outbound === back ? `Aller-retour le ${outbound}` : `Aller le ${outbound}, retour le ${back}`,
  expenses: "Frais",
  distance: (km: string) => `${km} km en véhicule personnel`,
  tolls: (amount: string) => `Péages : ${amount}`,
  parking: (amount: string) => `Stationnement : ${amount}`,
  publicTransport: (amount: string) => `Transports en commun : ${amount}`,
  estimateTitle: "Estimation indicative de votre remboursement",
  estimateWarning:
    "Estimation indicative : la caisse décide du montant remboursé, selon votre situation.",
  estimateCaption: "Estimation indicative du remboursement",
  estimateItem: "Élément",
  estimateAmount: "Montant",
  estimateBase: "Base de remboursement (0,30 € par km, péages, stationnement, transports)",
  estimateGeneral: (percent: number) => `Remboursé au taux général de ${percent} %`,
  estimateLoading: "Calcul de l’estimation…",
  estimateUnavailable:
    "L’estimation est momentanément indisponible. Vous pouvez tout de même envoyer votre demande.",
  estimateFull: "Remboursé à 100 % (affection de longue durée, accident du travail, maternité…)",
  submit: "Envoyer ma demande",
  sending: "Envoi en cours…",
  conflictsTitle: "Certaines dates ont déjà été déclarées",
  conflictsIntro:
    "Vérifiez ces trajets. Vous pouvez corriger les dates ou confirmer l’envoi si elles sont " +
    "exactes.",
  conflictSameClaim: (trip: number, date: string) =>
    `Trajet ${trip} : le ${date} figure déjà dans cette demande.`,
  conflictBeingProcessed: (trip: number, date: string, claim: string) =>
    `Trajet ${trip} : le ${date} est déjà en cours de traitement dans la demande ${claim}.`,
  conflictAlreadyPaid: (trip: number, date: string, claim: string) =>
    `Trajet ${trip} : le ${date} est déjà payé dans la demande ${claim}.`,
  conflictOther: (trip: number, date: string) => `Trajet ${trip} : le ${date} a déjà été déclaré.`,
  fixDates: "Corriger les dates",
  confirm: "Confirmer et envoyer ma demande",
  confirmationTitle: "Votre demande est envoyée",
  confirmationNumber: (number: string) => `Numéro de votre demande : ${number}`,
  confirmationText:
    "Votre caisse va l’examiner. Un accusé de réception vous est envoyé par courriel, avec le " +
    "lien personnel de suivi : gardez-le, il permet aussi d’annuler la demande tant qu’elle " +
    "n’est pas prise en charge.",
  followUp: "Suivre ma demande",
  newClaim: "Faire une autre demande",
} as const;
