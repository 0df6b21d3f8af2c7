// What an agent reads when an operation fails, per API error code.
export const apiErrorMessages = {
  UNAUTHENTICATED: "Votre session a expiré. Reconnectez-vous.",
  FORBIDDEN: "Votre compte ne permet pas cette action.",
  BAD_USER_INPUT: "Une information saisie n’est pas valable.",
  NOT_FOUND: "Cette demande est introuvable, ou elle ne relève pas de vos caisses.",
  CONFLICT: "La demande a été modifiée entre-temps. Rechargez-la avant de continuer.",
  INVALID_TRANSITION:
    "Cette action n’est plus possible : le statut de la demande a changé. Rechargez-la.",
  TOO_MANY_REQUESTS: "Trop de tentatives. Patientez quelques minutes avant de réessayer.",
  INTERNAL_SERVER_ERROR: "Le service rencontre un problème. Réessayez dans quelques instants.",
} as const;
