/** French messages of the patient identity rules (SPEC 4.2), shown as they are to patients. */
export const patientMessages = {
  nirLength:
    "Le numéro de sécurité sociale compte 15 caractères : 13 pour le numéro et 2 pour la clé.",
  nirCharacters:
    "Le numéro de sécurité sociale ne contient que des chiffres (et A ou B en 7e position pour un numéro corse).",
  nirKey:
    "Le numéro de sécurité sociale et sa clé ne correspondent pas : vérifiez-les sur votre carte Vitale.",
  nameEmpty: "Indiquez ce nom.",
  nameTooLong: "Ce nom dépasse 70 caractères.",
  nameCharacters:
    "Ce nom ne peut contenir que des lettres, des espaces, des apostrophes et des tirets.",
  birthDateFuture: "La date de naissance ne peut pas être dans le futur.",
  birthDateTooOld: "La date de naissance ne peut pas être antérieure au 01/01/1900.",
  email: "Cette adresse électronique n’est pas valide (exemple : nom@domaine.fr).",
  phone: "Ce numéro de téléphone n’est pas un numéro français valide (exemple : 06 12 34 56 78).",
} as const;
