import { counted } from "@mrs/web-common/text";

// Texts of the helper that fills in a series of identical sessions.
export const seriesMessages = {
  title: "Ajouter une série de séances",
  intro:
    "Vous avez fait plusieurs séances identiques (dialyse, rééducation…) ? Indiquez leur " +
    "rythme : les trajets sont ajoutés à la liste, vous pourrez les corriger.",
  kindLegend: "Rythme des séances",
  weekly: "Certains jours de la semaine, entre deux dates",
  interval: "Un nombre de séances à intervalle régulier",
  weekdaysLegend: "Jours des séances",
  weekdays: ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche"],
  from: "Du",
  to: "Au",
  first: "Date de la première séance",
  count: "Nombre de séances",
  every: "Tous les combien de jours",
  everyHint: "Exemple : 7 pour une séance par semaine",
  roundTrip: "Chaque séance est un aller-retour le même jour",
  add: "Ajouter ces trajets",
  invalid: "Indiquez des dates valides, au moins un jour, et des nombres entre 1 et 100.",
  none: "Aucune date ne correspond à ce rythme.",
  added: (count: number, skipped: number) =>
    counted(count, "trajet ajouté", "trajets ajoutés") +
    (skipped > 0
      ? ` (${counted(skipped, "date future ignorée", "dates futures ignorées")}).`
      : "."),
} as const;
