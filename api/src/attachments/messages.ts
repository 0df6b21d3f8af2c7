/** French messages of the upload endpoint, shown as they are to patients. */
export const attachmentMessages = {
  unauthenticated:
    "Ce brouillon de demande est introuvable ou a expiré. Recommencez votre demande depuis le début.",
  notMultipart: "Envoyez le document dans un formulaire (multipart/form-data).",
  malformed:
    "L’envoi du document est incomplet ou mal formé : réessayez depuis la page de la demande.",
  missingFile: "Aucun fichier reçu : choisissez un document à joindre.",
  badKind:
    "Précisez la nature du document : prescription, justificatif véhicule ou transport en commun.",
  empty: "Ce fichier est vide : choisissez un autre document.",
  tooLarge:
    "Ce fichier dépasse la taille maximale de 10 Mo : réduisez-le ou photographiez-le à nouveau.",
  unsupported:
    "Ce type de fichier n’est pas accepté : envoyez une photo (JPEG, PNG ou HEIC) ou un PDF.",
  unreadable: "Ce fichier est illisible ou incomplet : photographiez ou scannez-le à nouveau.",
  tooMany: "Une demande compte au plus 20 documents : retirez-en un avant d’en ajouter un autre.",
  notFound: "Document introuvable.",
  tooManyRequests: "Trop d’envois en peu de temps. Patientez quelques minutes avant de réessayer.",
} as const;
