// Texts of the keyboard-shortcut help shown on the queue and claim pages.
export const shortcutMessages = {
  title: "Raccourcis clavier",
  intro:
    "Une lettre seule, hors d’un champ de saisie. Les actions ouvrent toujours une " +
    "confirmation.",
} as const;
