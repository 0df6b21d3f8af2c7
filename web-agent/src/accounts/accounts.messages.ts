import type { AgentRole } from "@mrs/schema/agent";

// Texts of the agent accounts page (local and national administrators).
export const accountsMessages = {
  title: "Comptes agents",
  intro:
    "Créez les comptes des agents de vos caisses : chaque agent reçoit par courriel un lien " +
    "pour choisir son mot de passe. Un compte n’est jamais supprimé : désactivez-le.",
  forbidden: "Votre compte ne permet pas de gérer les comptes agents.",
  loading: "Chargement des comptes…",
  filters: "Filtrer les comptes",
  caisseFilter: "Caisse",
  allCaisses: "Toutes vos caisses",
  includeInactive: "Afficher aussi les comptes désactivés",
  count: (n: number) => (n > 1 ? `${n} comptes` : `${n} compte`),
  tableCaption: "Comptes agents de vos caisses",
  headers: [
    "Nom",
    "Adresse électronique",
    "Rôles",
    "Caisses",
    "État",
    "Dernière connexion",
    "Actions",
  ],
  noName: "Sans nom",
  allCaissesNational: "Toutes (national)",
  never: "Jamais",
  active: "Actif",
  inactive: "Désactivé",
  pending: "Mot de passe non choisi",
  you: "(vous)",
  edit: "Modifier",
  deactivate: "Désactiver",
  reactivate: "Réactiver",
  resend: "Renvoyer le lien",
  forAccount: (name: string) => ` le compte de ${name}`,
  resendFor: (name: string) => ` à ${name}`,
  pager: {
    pagination: "Pages de comptes",
    previous: "Comptes précédents",
    next: "Comptes suivants",
  },
  role: {
    AGENT: "Technicien",
    SUPERVISOR: "Superviseur",
    LOCAL_ADMIN: "Administrateur local",
    NATIONAL_ADMIN: "Administrateur national",
  } satisfies Record<AgentRole, string>,
  roleHint: {
    AGENT: "Traite les demandes de ses caisses.",
    SUPERVISOR: "Consulte tout, exporte, gère les modèles de message ; ne traite pas.",
    LOCAL_ADMIN: "Gère les comptes agents de ses caisses.",
    NATIONAL_ADMIN: "Toutes les caisses, tous les droits.",
  } satisfies Record<AgentRole, string>,
  newTitle: "Nouveau compte",
  editTitle: (name: string) => `Modifier le compte de ${name}`,
  email: "Adresse électronique professionnelle",
  emailHint: "Le lien pour choisir le mot de passe y sera envoyé. Format attendu : nom@domaine.fr",
  emailFixed: (email: string) =>
    `Adresse électronique : ${email} (elle ne peut pas être modifiée).`,
  firstName: "Prénom",
  lastName: "Nom",
  roles: "Rôles",
  caisses: "Caisses",
  caissesNationalHint: "Un administrateur national a accès à toutes les caisses.",
  create: "Créer le compte",
  save: "Enregistrer",
  cancel: "Annuler",
  created: (email: string) =>
    `Compte créé. Un courriel a été envoyé à ${email} pour choisir le mot de passe ; le lien est valable trois jours.`,
  saved: "Compte enregistré.",
  linkSent: (email: string) => `Un nouveau lien a été envoyé à ${email}.`,
  deactivated: (name: string) => `Le compte de ${name} est désactivé.`,
  reactivated: (name: string) =>
    `Le compte de ${name} est réactivé. Il peut se connecter avec son mot de passe.`,
  confirmDeactivateTitle: (name: string) => `Désactiver le compte de ${name} ?`,
  confirmDeactivateText:
    "L’agent ne pourra plus se connecter et ses sessions ouvertes sont fermées immédiatement. " +
    "Le compte n’est pas supprimé : vous pourrez le réactiver.",
  confirmDeactivate: "Confirmer la désactivation",
  confirmReactivateTitle: (name: string) => `Réactiver le compte de ${name} ?`,
  confirmReactivateText:
    "L’agent pourra de nouveau se connecter avec son mot de passe, avec les rôles et caisses " +
    "du compte.",
  confirmReactivate: "Confirmer la réactivation",
  conflict:
    "Ce compte a été modifié entre-temps. La liste est rechargée : vérifiez-le puis recommencez.",
  invalid: {
    email: "Indiquez une adresse électronique valide, par exemple prenom.nom@assurance-maladie.fr.",
    firstName: "Indiquez le prénom.",
    lastName: "Indiquez le nom.",
    roles: "Cochez au moins un rôle.",
    caisseIds: "Cochez au moins une caisse (sauf pour un administrateur national).",
  },
  fixErrors: "Le formulaire contient des erreurs : corrigez les champs signalés.",
} as const;
