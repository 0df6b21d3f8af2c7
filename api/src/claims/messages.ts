import { frenchDate } from "../shared/french-date";

/** French messages of the claim rules and use-cases, shown as they are to patients. */
export const claimMessages = {
  caisseUnknown: "Choisissez votre caisse dans la liste.",
  caisseInactive: "Cette caisse ne propose pas encore ce service : utilisez le formulaire papier.",
  draftUnknown:
    "Ce brouillon de demande est introuvable ou a expiré. Recommencez votre demande depuis le début.",
  epmtNumber: "Le numéro de la ePMT compte exactement 14 lettres ou chiffres.",
  convocationNotAllowed:
    "Votre caisse n’accepte pas la convocation à la place d’une prescription médicale.",
  convocationDateMissing: "Indiquez la date de la convocation.",
  convocationDateFuture: "La date de la convocation ne peut pas être dans le futur.",
  prescriptionFileMissing: "Joignez la photo ou le scan de la prescription médicale de transport.",
  tripsMissing: "Indiquez au moins un trajet.",
  tooManyTrips: (max: number) => `Une demande compte au plus ${max} trajets.`,
  tripInFuture: "La date d’un trajet ne peut pas être postérieure à aujourd’hui.",
  tripTooOld: "La date d’un trajet ne peut pas être antérieure au 01/01/1900.",
  returnBeforeOutbound: "La date du retour ne peut pas précéder celle de l’aller.",
  tripTooLate: (trip: string, lastDay: string) =>
    `Le trajet du ${frenchDate(trip)} ne peut plus être remboursé : la demande devait être ` +
    `déposée au plus tard le ${frenchDate(lastDay)} (deux ans à compter du premier jour du ` +
    `trimestre suivant le trajet).`,
  modeMissing:
    "Choisissez au moins un mode de transport : véhicule personnel ou transports en commun.",
  distance: "Indiquez la distance parcourue, entre 1 et 9 999 km pour l’ensemble des trajets.",
  amount: "Indiquez un montant positif d’au plus 9 999,99 €.",
  publicTransportCost: "Indiquez le coût des transports en commun, entre 0,01 € et 9 999,99 €.",
  parkingNotAllowed: "Votre caisse ne rembourse pas les frais de stationnement.",
  vehicleReceiptMissing: "Joignez au moins un justificatif de péage ou de stationnement.",
  publicTransportReceiptMissing: "Joignez au moins un titre de transport en commun.",
  attachmentUnknown:
    "Un des documents joints est introuvable : joignez-le de nouveau avant de valider.",
  attachmentDuplicate: "Un même document est joint deux fois.",
  tooManyAttachments: (max: number) => `Une demande compte au plus ${max} documents.`,
  swornMissing: "Cochez la déclaration sur l’honneur pour déposer la demande.",
  claimNotFound: "Cette demande est introuvable, ou le lien de suivi a expiré.",
  notCancellable:
    "Cette demande ne peut plus être annulée : elle est déjà en cours de traitement ou terminée.",
  dailyCapacity: "Le service reçoit trop de demandes aujourd’hui. Réessayez demain.",
} as const;
