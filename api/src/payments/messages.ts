/** French messages of the payment-data exchange with the national back office (SPEC 4.8). */
export const paymentMessages = {
  emptyFile: "Le fichier est vide.",
  notCsv:
    "Ce fichier n’est pas un fichier texte CSV (classeur, PDF ou image, peut-être) : " +
    "enregistrez-le au format CSV, séparateur « ; », puis recommencez.",
  header: (expected: string) =>
    `La première ligne du fichier doit être exactement l’en-tête « ${expected} ».`,
  separator: (found: "," | "\t") =>
    `Les colonnes du fichier sont séparées par des ${found === "\t" ? "tabulations" : "virgules"}` +
    " : le séparateur attendu est le point-virgule « ; ».",
  unreadable: "Le fichier n’est pas un CSV lisible (séparateur « ; », guillemets équilibrés).",
  empty: "Le fichier ne contient aucune ligne de données, seulement l’en-tête.",
  tooManyLines: (max: number) =>
    `Un fichier compte au plus ${max.toLocaleString("fr-FR")} lignes : découpez-le.`,
  badCaisseId: "Caisse inconnue.",
  columns: (count: number, expected: number) =>
    `La ligne compte ${count} colonnes au lieu de ${expected}.`,
  unknownClaim: (number: string) => `Demande n° ${number || "(vide)"} inconnue.`,
  otherCaisse: (number: string, caisse: string) =>
    `La demande n° ${number} ne relève pas de la caisse ${caisse || "(vide)"} ou d’une de vos caisses.`,
  notValidated: (number: string) =>
    `La demande n° ${number} n’est pas validée : pas de données de paiement possibles.`,
  alreadyPaid: (number: string, date: string) =>
    `La demande n° ${number} a déjà des données de paiement (mandatement du ${date}).`,
  duplicate: (number: string, firstLine: number) =>
    `La demande n° ${number} figure déjà à la ligne ${firstLine} : ligne ignorée.`,
  date: (value: string) =>
    `Date de mandatement « ${value} » invalide : attendu jj/mm/aaaa, par exemple 10/06/2026.`,
  amount: (column: string, value: string) =>
    `Montant « ${value} » invalide dans la colonne ${column} : attendu un montant en euros ` +
    "entre 0 et 9 999,99, par exemple 18,32.",
  shift: (value: string) => `Valeur « ${value} » invalide pour bascule : attendu 1, 0 ou vide.`,
  finess: (value: string) =>
    `FINESS « ${value} » invalide : 9 caractères, chiffres (2A ou 2B pour la Corse).`,
  adeli: (value: string) =>
    `Identifiant du prescripteur « ${value} » invalide : ADELI ou RPPS, 11 chiffres au plus.`,
} as const;
