// Texts of the message-template management page (supervisors).
export const templatesMessages = {
  title: "Modèles de message",
  intro:
    "Les techniciens choisissent ces modèles pour rejeter une demande ou contacter un patient, " +
    "puis peuvent adapter le texte. Un modèle n’est jamais supprimé : désactivez-le.",
  forbidden: "Votre compte ne permet pas de gérer les modèles de message.",
  loading: "Chargement des modèles…",
  tableCaption: "Modèles de message de vos caisses",
  headers: ["Nom", "Usage", "Caisse", "État", "Envois", "Actions"],
  kind: { REJECTION: "Rejet", CONTACT: "Contact" },
  national: "National",
  active: "Actif",
  inactive: "Désactivé",
  edit: (name: string) => `Modifier le modèle ${name}`,
  editShort: "Modifier",
  deactivate: "Désactiver",
  reactivate: "Réactiver",
  count: (n: number) => (n > 1 ? `${n} modèles` : `${n} modèle`),
  newTitle: "Nouveau modèle",
  editTitle: (name: string) => `Modifier le modèle « ${name} »`,
  name: "Nom du modèle",
  kindLabel: "Usage",
  caisse: "Caisse",
  subject: "Objet du courriel",
  body: "Corps du courriel",
  placeholdersHint: (names: string[]) =>
    `Variables possibles : ${names.map((n) => `{{${n}}}`).join(", ")}.`,
  create: "Créer le modèle",
  save: "Enregistrer",
  cancel: "Annuler la modification",
  saved: "Modèle enregistré.",
  created: "Modèle créé.",
  nationalReadOnly: "Modèle national : seul un administrateur national peut le modifier.",
  // Shown on the field itself, before anything is sent (the API checks the same).
  invalid: {
    name: "Indiquez le nom du modèle.",
    caisseId: "Choisissez la caisse du modèle.",
    subject: "Indiquez l’objet du courriel.",
    body: "Indiquez le corps du courriel.",
    tooLong: (max: number, count: number) =>
      `Ce texte ne peut pas dépasser ${max} caractères (il en contient ${count}).`,
  },
  toggled: (active: boolean) => (active ? "Modèle réactivé." : "Modèle désactivé."),
} as const;
