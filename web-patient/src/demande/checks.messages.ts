// French messages of the form's own checks. They repeat the API's rules (SPEC 4.2) so that a
// patient learns of a mistake before sending; the API stays the judge.
import { frenchDate } from "./local-date";

export const checkMessages = {
  caisseMissing: "Choisissez votre caisse dans la liste.",
  prescriptionKindMissing: "Indiquez le type de prescription.",
  prescriptionFileMissing: "Joignez la photo ou le scan de la prescription médicale de transport.",
  epmtNumber: "Le numéro de la ePMT compte exactement 14 lettres ou chiffres.",
  convocationDateMissing: "Indiquez la date de la convocation.",
  convocationNotAllowed:
    "Votre caisse n’accepte pas la convocation à la place d’une prescription médicale.",
  nirLength:
    "Le numéro de sécurité sociale compte 15 caractères : 13 pour le numéro et 2 pour la clé.",
  nirCharacters:
    "Le numéro de sécurité sociale ne contient que des chiffres (et A ou B en 7e position " +
    "pour un numéro corse).",
  nirKey:
    "Le numéro de sécurité sociale et sa clé ne correspondent pas : vérifiez-les sur votre " +
    "carte Vitale.",
  birthDateMissing: "Indiquez la date de naissance au format jj/mm/aaaa.",
  birthDateFuture: "La date de naissance ne peut pas être dans le futur.",
  birthDateTooOld: "La date de naissance ne peut pas être antérieure au 01/01/1900.",
  firstNameMissing: "Indiquez le prénom.",
  lastNameMissing: "Indiquez le nom de famille.",
  nameTooLong: "Ce nom dépasse 70 caractères.",
  nameCharacters:
    "Ce nom ne peut contenir que des lettres, des espaces, des apostrophes et des tirets.",
  email: "Indiquez une adresse électronique valide (exemple : nom@domaine.fr).",
  phone: "Indiquez un numéro de téléphone français (exemple : 06 12 34 56 78).",
  tripsMissing: "Indiquez au moins un trajet.",
  tooManyTrips: "Une demande compte au plus 100 trajets.",
  dateMissing: "Indiquez la date au format jj/mm/aaaa.",
  dateFuture: "La date d’un trajet ne peut pas être postérieure à aujourd’hui.",
  returnMissing: "Indiquez la date du retour, ou décochez « Aller-retour ».",
  returnBeforeOutbound: "La date du retour ne peut pas précéder celle de l’aller.",
  tripTooLate: (trip: string, lastDay: string) =>
    `Le trajet du ${frenchDate(trip)} ne peut plus être remboursé : la demande devait être ` +
    `déposée au plus tard le ${frenchDate(lastDay)} (deux ans à compter du premier jour du ` +
    `trimestre suivant le trajet).`,
  modeMissing:
    "Choisissez au moins un mode de transport : véhicule personnel ou transports en commun.",
  distance: "Indiquez la distance parcourue en kilomètres, un nombre entier entre 1 et 9 999.",
  amountFormat: "Indiquez un montant en euros, par exemple 21,30.",
  amountTooLarge: "Le montant ne peut pas dépasser 9 999,99 €.",
  publicTransportCostMissing: "Indiquez le coût des transports en commun.",
  vehicleReceiptMissing: "Joignez au moins un justificatif de péage ou de stationnement.",
  publicTransportReceiptMissing: "Joignez au moins un titre de transport en commun.",
  uploadInProgress: "Attendez la fin de l’envoi des documents.",
  swornMissing: "Cochez la déclaration sur l’honneur pour déposer la demande.",
} as const;
