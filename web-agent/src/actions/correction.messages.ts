import type { NameProblem, NirProblem } from "@mrs/web-common/identity";
import type { CorrectionField } from "./correction";

// Texts of the correction of typed data: the form, its checks, its confirmation.
export const correctionMessages = {
  label: {
    nir: "NIR (15 caractères)",
    birthDate: "Date de naissance",
    firstName: "Prénom",
    distanceKm: "Distance totale de tous les trajets, en km",
  } satisfies Record<CorrectionField, string>,
  hint: {
    nir: "13 caractères et la clé ; les espaces sont ignorés.",
    birthDate: "Format jj/mm/aaaa.",
    firstName: "Lettres, espaces, apostrophes et tirets.",
    distanceKm: "Un nombre entier. 0 ou vide conserve la distance actuelle.",
  } satisfies Record<CorrectionField, string>,
  nir: {
    length: "Le NIR compte 15 caractères : 13 pour le numéro et 2 pour la clé.",
    characters:
      "Le NIR ne contient que des chiffres (et A ou B en 7e position pour un numéro corse).",
    key: "Le NIR et sa clé ne correspondent pas : vérifiez-les sur les pièces du dossier.",
  } satisfies Record<NirProblem, string>,
  birthDateMissing: "Indiquez la date de naissance.",
  birthDateFuture: "La date de naissance ne peut pas être dans le futur.",
  birthDateTooOld: "La date de naissance ne peut pas être antérieure au 01/01/1900.",
  firstName: {
    missing: "Indiquez le prénom.",
    tooLong: "Le prénom dépasse 70 caractères.",
    characters:
      "Le prénom ne peut contenir que des lettres, des espaces, des apostrophes et des tirets.",
  } satisfies Record<NameProblem, string>,
  distance:
    "Indiquez une distance en kilomètres : un nombre entier entre 1 et 9 999 (0 ou vide " +
    "conserve la distance actuelle).",
  nothingChanged: "Vous n’avez rien modifié.",
  reviewTitle: "Modifications à enregistrer",
  empty: "(vide)",
  edit: "Modifier",
  check: "Vérifier la correction",
} as const;
