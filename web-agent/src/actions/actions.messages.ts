import type { MessageTemplateKind } from "@mrs/schema/agent";
import type { ClaimAction } from "./available-actions";

// Texts of the claim actions, their confirmations and their outcomes.
export const actionsMessages = {
  title: "Actions",
  button: {
    take: "Prendre en charge",
    validate: "Valider",
    reject: "Rejeter",
    hold: "Mettre en attente",
    release: "Lever l’attente",
    contact: "Contacter le patient",
    correct: "Corriger les données",
  } satisfies Record<ClaimAction, string>,
  confirmTitle: {
    take: "Prendre en charge cette demande ?",
    validate: "Valider cette demande ?",
    reject: "Rejeter cette demande",
    hold: "Mettre cette demande en attente",
    release: "Lever l’attente de cette demande ?",
    contact: "Contacter le patient",
    correct: "Corriger les données saisies",
  } satisfies Record<ClaimAction, string>,
  confirmText: {
    take: "La demande vous sera attribuée et passera au statut « En cours ».",
    validate:
      "Le patient recevra le courriel ci-dessous, qui lui annonce le paiement. Cette décision ne " +
      "peut pas être annulée.",
    reject: "Le patient recevra le courriel ci-dessous.",
    hold: "Indiquez pourquoi la demande est mise en attente.",
    release: "La demande reprendra sa place dans la file.",
    contact:
      "Le patient recevra le courriel ci-dessous ; le statut de la demande ne change pas. " +
      "Ses réponses arrivent dans la boîte de la caisse.",
    correct:
      "Corrigez ce que le patient a mal saisi. Les valeurs actuelles sont préremplies ; " +
      "l’historique gardera l’avant et l’après.",
  } satisfies Record<ClaimAction, string>,
  confirmButton: {
    take: "Confirmer la prise en charge",
    validate: "Confirmer la validation",
    reject: "Confirmer le rejet",
    hold: "Confirmer la mise en attente",
    release: "Confirmer",
    contact: "Confirmer l’envoi",
    correct: "Confirmer la correction",
  } satisfies Record<ClaimAction, string>,
  done: {
    take: "La demande vous est attribuée.",
    validate: "La demande est validée.",
    reject: "La demande est rejetée ; le patient est prévenu.",
    hold: "La demande est mise en attente.",
    release: "L’attente est levée.",
    contact: "Le courriel est envoyé au patient.",
    correct: "Les données sont corrigées.",
  } satisfies Record<ClaimAction, string>,
  cancel: "Annuler",
  reload: "Recharger la demande",
  holdReason: "Motif de la mise en attente",
  template: "Modèle de courriel",
  chooseTemplate: "Choisir un modèle",
  noTemplate: {
    REJECTION: "Aucun modèle de rejet n’est disponible pour cette caisse.",
    CONTACT: "Aucun modèle de contact n’est disponible pour cette caisse.",
  } satisfies Record<MessageTemplateKind, string>,
  subject: "Objet",
  body: "Message",
  preview: "Aperçu du courriel envoyé",
  previewSubject: "Objet :",
  required: "Ce champ est obligatoire.",
  subjectRequired: "Indiquez l’objet du courriel.",
  bodyRequired: "Indiquez le texte du courriel.",
} as const;
