// Texts of the accessibility statement (RGAA: every public site publishes one).
export const accessibilityMessages = {
  title: "Déclaration d’accessibilité",
  status: "État de conformité",
  statusText:
    "Mes remboursements simplifiés n’a pas encore été audité au regard du référentiel général " +
    "d’amélioration de l’accessibilité (RGAA). Il est donc déclaré non conforme, bien qu’il " +
    "soit conçu avec le système de design de l’État et vérifié automatiquement à chaque " +
    "modification.",
  feedback: "Retour d’information",
  feedbackText:
    "Si vous n’arrivez pas à accéder à un contenu ou à une fonction de l’espace agent, " +
    "signalez-le à l’administrateur de votre caisse : il vous indiquera une autre façon " +
    "d’effectuer votre tâche.",
} as const;
