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
  } satisfies Record<ClaimAction, string>,
  confirmTitle: {
    take: "Prendre en charge cette demande ?",
    validate: "Valider cette demande ?",
    reject: "Rejeter cette demande",
    hold: "Mettre cette demande en attente",
    release: "Lever l’attente de cette demande ?",
  } satisfies Record<ClaimAction, string>,
  confirmText: {
    take: "La demande vous sera attribuée et passera au statut « En cours ».",
    validate:
      "Le patient recevra un courriel lui annonçant le paiement. Cette décision ne peut pas être annulée.",
    reject: "Le patient recevra le courriel ci-dessous.",
    hold: "Indiquez pourquoi la demande est mise en attente.",
    release: "La demande reprendra sa place dans la file.",
  } satisfies Record<ClaimAction, string>,
  confirmButton: {
    take: "Confirmer la prise en charge",
    validate: "Confirmer la validation",
    reject: "Confirmer le rejet",
    hold: "Confirmer la mise en attente",
    release: "Confirmer",
  } satisfies Record<ClaimAction, string>,
  done: {
    take: "La demande vous est attribuée.",
    validate: "La demande est validée.",
    reject: "La demande est rejetée ; le patient est prévenu.",
    hold: "La demande est mise en attente.",
    release: "L’attente est levée.",
  } satisfies Record<ClaimAction, string>,
  cancel: "Annuler",
  reload: "Recharger la demande",
  holdReason: "Motif de la mise en attente",
  template: "Modèle de courriel",
  chooseTemplate: "Choisir un modèle",
  noTemplate: "Aucun modèle de rejet n’est disponible pour cette caisse.",
  subject: "Objet",
  body: "Message",
  preview: "Aperçu du courriel envoyé",
  previewSubject: "Objet :",
  required: "Ce champ est obligatoire.",
} as const;
