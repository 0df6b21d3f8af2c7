import { frenchDate } from "../shared/french-date";

/** A plain-text e-mail: readable on any device and by any screen reader. */
export interface EmailContent {
  subject: string;
  body: string;
}

export interface AcknowledgementData {
  firstName: string;
  claimNumber: string;
  caisseName: string;
  trips: { outboundDate: string; returnDate: string | null }[];
  distanceKm: number | null;
  publicTransportCents: number | null;
  followUpUrl: string;
  cancellationUrl: string;
}

const SIGNATURE = [
  "",
  "Ceci est un message automatique : pour toute question, répondez à ce courriel, votre",
  "caisse d’assurance maladie le recevra.",
  "",
  "Mes remboursements simplifiés — Assurance Maladie",
].join("\n");

function euros(cents: number): string {
  return `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, "0")} €`;
}

function tripLine(trip: AcknowledgementData["trips"][number]): string {
  return trip.returnDate === null
    ? `  - aller simple le ${frenchDate(trip.outboundDate)}`
    : `  - aller le ${frenchDate(trip.outboundDate)}, retour le ${frenchDate(trip.returnDate)}`;
}

export function acknowledgementEmail(data: AcknowledgementData): EmailContent {
  const expenses = [
    data.distanceKm === null
      ? null
      : `Distance déclarée en véhicule personnel : ${data.distanceKm} km.`,
    data.publicTransportCents === null
      ? null
      : `Transports en commun déclarés : ${euros(data.publicTransportCents)}.`,
  ].filter((line): line is string => line !== null);
  return {
    subject: `Votre demande de remboursement n° ${data.claimNumber} est bien reçue`,
    body: [
      `Bonjour ${data.firstName},`,
      "",
      `Votre demande de remboursement de frais de transport n° ${data.claimNumber} a bien été`,
      `transmise à la ${data.caisseName}.`,
      "",
      `Trajets déclarés (${data.trips.length}) :`,
      ...data.trips.map(tripLine),
      ...expenses,
      "",
      "Suivez votre demande à l’aide de ce lien personnel (ne le partagez pas) :",
      data.followUpUrl,
      "",
      "Vous vous êtes trompé ? Tant que la demande n’est pas prise en charge, vous pouvez",
      "l’annuler ici :",
      data.cancellationUrl,
      SIGNATURE,
    ].join("\n"),
  };
}

export function cancellationEmail(data: { firstName: string; claimNumber: string }): EmailContent {
  return {
    subject: `Votre demande de remboursement n° ${data.claimNumber} est annulée`,
    body: [
      `Bonjour ${data.firstName},`,
      "",
      `Comme vous l’avez demandé, votre demande n° ${data.claimNumber} est annulée. Elle ne sera`,
      "pas traitée. Si vous souhaitez être remboursé de ces trajets, déposez une nouvelle demande.",
      SIGNATURE,
    ].join("\n"),
  };
}

export function validationEmail(data: { firstName: string; claimNumber: string }): EmailContent {
  return {
    subject: `Votre demande de remboursement n° ${data.claimNumber} est validée`,
    body: [
      `Bonjour ${data.firstName},`,
      "",
      `Votre demande de remboursement n° ${data.claimNumber} a été validée par votre caisse.`,
      "Le paiement est en cours : il apparaîtra sur votre compte bancaire d’ici quelques jours.",
      SIGNATURE,
    ].join("\n"),
  };
}

/** A message an agent wrote from a template (rejection, contact), already filled. */
export function agentMessageEmail(data: { subject: string; body: string }): EmailContent {
  return { subject: data.subject, body: [data.body, SIGNATURE].join("\n") };
}

export function setPasswordEmail(data: { link: string; invitation: boolean }): EmailContent {
  return {
    subject: data.invitation
      ? "Votre compte sur le portail Mes remboursements simplifiés"
      : "Choisissez un nouveau mot de passe",
    body: [
      "Bonjour,",
      "",
      data.invitation
        ? "Un compte agent vient de vous être ouvert. Choisissez votre mot de passe ici :"
        : "Une demande de nouveau mot de passe a été faite pour votre compte. Choisissez-le ici :",
      data.link,
      "",
      data.invitation
        ? "Ce lien est valable trois jours et ne sert qu’une fois."
        : "Ce lien est valable une heure et ne sert qu’une fois. Si vous n’êtes pas à l’origine " +
          "de cette demande, ignorez ce message : votre mot de passe actuel reste valable.",
      "",
      "Mes remboursements simplifiés — Assurance Maladie",
    ].join("\n"),
  };
}
