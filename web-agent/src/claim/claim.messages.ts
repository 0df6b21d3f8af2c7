import { counted } from "@mrs/web-common/text";
import type { ClaimStatus } from "./claim-status";

// Labels of the timeline, looked up by the API's free-text codes (unknown ones show as is).
const actorLabels: Readonly<Record<string, string | undefined>> = {
  PATIENT: "patient",
  AGENT: "agent",
  PARTNER: "partenaire",
  SYSTEM: "système",
};

const eventLabels: Readonly<Record<string, string | undefined>> = {
  SUBMITTED: "Dépôt",
  CANCELLED: "Annulation par le patient",
  TAKEN: "Prise en charge",
  VALIDATED: "Validation",
  REJECTED: "Rejet",
  ON_HOLD: "Mise en attente",
  HOLD_RELEASED: "Fin de l’attente",
  PATIENT_CONTACTED: "Patient contacté",
  CORRECTED: "Correction",
  PAYMENT_RECORDED: "Paiement enregistré",
};

// Texts of the claim page: sections, viewer, actions and their confirmations.
export const claimMessages = {
  title: (number: string) => `Demande n° ${number}`,
  documentTitle: "Demande",
  loading: "Chargement de la demande…",
  notFound: "Cette demande est introuvable, ou elle ne relève pas de vos caisses.",
  backToQueue: "Retour aux demandes",
  status: {
    SUBMITTED: "Déposée",
    IN_PROGRESS: "En cours",
    VALIDATED: "Validée",
    REJECTED: "Rejetée",
    CANCELLED: "Annulée",
  } satisfies Record<ClaimStatus, string>,
  onHold: "En attente",
  holdReason: (reason: string) => `Mise en attente : ${reason}`,
  submittedAt: "Déposée le",
  caisse: "Caisse",
  assignedTo: "Prise en charge par",
  assignedToMe: "vous",
  nobody: "personne",
  identity: "Identité du patient",
  firstName: "Prénom",
  lastName: "Nom",
  birthDate: "Date de naissance",
  nir: "NIR",
  email: "Adresse électronique",
  phone: "Téléphone",
  noPhone: "Non renseigné",
  typed: (value: string) => `Saisi par le patient : ${value}`,
  prescription: "Prescription",
  prescriptionKind: {
    PMT: "Prescription médicale de transport",
    EPMT: "ePMT",
    CONVOCATION: "Convocation",
  },
  trips: "Trajets",
  tripsCaption: "Trajets déclarés",
  tripHeaders: ["N°", "Aller", "Retour"],
  oneWay: "Aller simple",
  expenses: "Frais et montants",
  distance: "Distance totale",
  km: (km: number) => `${km} km`,
  tolls: "Péages",
  parking: "Stationnement",
  publicTransport: "Transports en commun",
  taxiReference: "Coût de référence taxi",
  base: "Base de remboursement",
  atGeneralRate: (rate: number) => `Montant à ${rate} %`,
  atFullRate: "Montant à 100 %",
  amountsNote: "Montants indicatifs, calculés à partir des trajets déclarés.",
  conflicts: "Doublons possibles",
  noConflicts: "Aucune autre demande en cours ou validée ne partage une date de trajet.",
  conflictsKept: (kept: number, fixed: number) =>
    `Le patient a maintenu ${counted(kept, "alerte", "alertes")} de doublon et en a corrigé ` +
    `${fixed}.`,
  relatedClaim: (number: string, status: string, dates: string) =>
    `Demande n° ${number} (${status}) : dates communes ${dates}`,
  timeline: "Historique",
  emailSent: "courriel envoyé",
  corrected: {
    nir: "NIR",
    birthDate: "Date de naissance",
    firstName: "Prénom",
    distanceKm: "Distance totale",
  },
  subjectSent: (subject: string) => `Objet : ${subject}`,
  reason: (reason: string) => `Motif : ${reason}`,
  none: "—",
  shortcuts: [
    { key: "n", label: "ouvrir la demande suivante de la file" },
    { key: "p", label: "prendre en charge (confirmation)" },
    { key: "v", label: "valider (confirmation)" },
    { key: "r", label: "rejeter (choix du modèle)" },
  ],
  actor: actorLabels,
  event: eventLabels,
} as const;
