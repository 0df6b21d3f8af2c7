// Texts of the claim form's frame: page, steps, navigation, form-wide alerts.
export const demandeMessages = {
  title: "Demande de remboursement",
  intro:
    "Tous les champs sont obligatoires, sauf mention contraire. Vos réponses sont conservées " +
    "sur cet appareil jusqu’à la fermeture de l’onglet.",
  loading: "Chargement du formulaire…",
  stepCaisse: "Votre caisse",
  stepPrescription: "Votre prescription",
  stepIdentity: "La personne transportée",
  stepTrips: "Vos trajets",
  stepExpenses: "Vos frais et justificatifs",
  stepSworn: "Déclaration sur l’honneur",
  stepSummary: "Récapitulatif et envoi",
  previous: "Étape précédente",
  next: "Étape suivante",
  errorSummaryTitle: (count: number) =>
    count === 1 ? "Une erreur empêche de continuer" : `${count} erreurs empêchent de continuer`,
  errorSummaryIntro: "Corrigez les champs suivants :",
  caissesUnavailableTitle: "Le formulaire est momentanément indisponible",
  caissesUnavailable:
    "La liste des caisses n’a pas pu être chargée. Réessayez dans quelques instants.",
  backHome: "Retour à l’accueil",
  draftExpiredTitle: "Votre brouillon a expiré",
  draftExpired:
    "Vos réponses sont conservées, mais les documents joints ont été effacés : joignez-les de " +
    "nouveau, puis envoyez votre demande.",
  rateLimited:
    "Trop de demandes en peu de temps depuis votre connexion. Patientez quelques minutes " +
    "avant de réessayer.",
  unavailable: "Le service est momentanément indisponible. Réessayez dans quelques instants.",
  restart: "Recommencer une demande vide",
} as const;
