// Texts of the payment-data exchange with the back office (liquidation): export, import, and
// the payment section of a claim.
const lines = (n: number) => (n > 1 ? `${n} lignes` : `${n} ligne`);
const claims = (n: number) => (n > 1 ? `${n} demandes` : `${n} demande`);
// The exchange file's first line, exactly (SPEC 4.8).
const HEADER = "caisse;id;nir;naissance;transport;mandatement;base;montant;bascule;finess;adeli";

export const paymentsMessages = {
  export: {
    title: "Export des paiements",
    intro:
      "Ce fichier CSV liste les demandes validées d’une caisse qui n’ont pas encore de date de " +
      "mandatement. Transmettez-le au service de liquidation : il complète pour chaque demande " +
      "la date de mandatement, la base, le montant payé, la bascule, le FINESS et l’identifiant " +
      "du prescripteur, puis vous le renvoie pour l’import.",
    forbidden: "Votre compte ne permet pas d’exporter les données de paiement.",
    loadingCaisses: "Chargement des caisses…",
    noCaisse: "Votre compte n’est rattaché à aucune caisse : aucun export possible.",
    caisse: "Caisse",
    caisseHint: "Un fichier par caisse.",
    chooseCaisse: "Choisissez une caisse",
    noCaisseChosen: "Choisissez la caisse dont vous voulez exporter les paiements.",
    download: "Télécharger le fichier CSV",
    downloading: "Préparation du fichier…",
    downloaded: (fileName: string, count: number) =>
      `Fichier ${fileName} téléchargé : ${claims(count)} à payer.`,
    nextStep:
      "Transmettez ce fichier au service de liquidation. Chaque demande reste dans les exports " +
      "suivants tant que ses données de paiement n’ont pas été importées.",
    empty: (caisse: string) =>
      `Aucune demande validée de la caisse ${caisse} n’attend de données de paiement : ` +
      "il n’y a rien à transmettre, aucun fichier n’a été téléchargé.",
    format:
      "Format : UTF-8, colonnes séparées par « ; », dates jj/mm/aaaa. " +
      `Première ligne : ${HEADER}.`,
    toImport: "Importer les données de paiement",
  },
  import: {
    title: "Import des paiements",
    intro:
      "Importez le fichier CSV renvoyé par le service de liquidation. Chaque ligne est " +
      "enregistrée en entier ou pas du tout : une ligne refusée n’empêche pas les autres d’être " +
      "enregistrées.",
    forbidden: "Votre compte ne permet pas d’importer les données de paiement.",
    file: "Fichier CSV de la liquidation",
    fileHint:
      "Format CSV, séparateur « ; », dates jj/mm/aaaa, 1 Mo au plus. La première ligne est " +
      `l’en-tête ${HEADER}.`,
    submit: "Importer le fichier",
    sending: "Import en cours…",
    sendingNotice:
      "Import en cours : chaque ligne est enregistrée à part, un fichier de plusieurs milliers " +
      "de lignes peut prendre quelques minutes. Gardez cette page ouverte.",
    noFile: "Choisissez le fichier CSV à importer.",
    // The API's words for the same refusal (it checks too).
    notText:
      "Ce fichier n’est pas un fichier texte CSV (classeur, PDF ou image, peut-être) : " +
      "enregistrez-le au format CSV, séparateur « ; », puis recommencez.",
    tooLarge:
      "Le fichier dépasse 1 Mo, la taille d’un import : découpez-le en plusieurs fichiers, " +
      "chacun avec la ligne d’en-tête, et importez-les l’un après l’autre.",
    refusedFile: "Le fichier n’a pas été importé",
    safeAgain:
      "Réimporter un fichier est sans risque : une demande qui a déjà ses données de paiement " +
      "n’est jamais modifiée, sa ligne est seulement signalée comme déjà enregistrée. Vous " +
      "pouvez donc corriger les lignes refusées et réimporter le fichier entier, ou seulement " +
      "ces lignes sous la même ligne d’en-tête.",
    reportTitle: "Résultat de l’import",
    recorded: (recorded: number, total: number) =>
      recorded === 0
        ? `Aucune ligne enregistrée sur ${lines(total)}.`
        : `${lines(recorded)} sur ${total} ${recorded > 1 ? "enregistrées" : "enregistrée"}.`,
    refused: (n: number) =>
      `${lines(n)} ${n > 1 ? "refusées" : "refusée"} : ${n > 1 ? "corrigez-les" : "corrigez-la"} ` +
      "dans le fichier, puis importez-le de nouveau.",
    alreadyRecorded: (n: number) =>
      n > 1
        ? `${n} lignes étaient déjà enregistrées lors d’un import précédent : rien n’a changé pour elles.`
        : "1 ligne était déjà enregistrée lors d’un import précédent : rien n’a changé pour elle.",
    nothingToCorrect: "Aucune ligne à corriger.",
    allRecorded: "Toutes les lignes ont été enregistrées.",
    refusedCaption: "Lignes refusées",
    alreadyRecordedCaption: "Lignes déjà enregistrées (rien à corriger)",
    refusedHeaders: ["Ligne", "Demande", "Motif"],
    noClaimNumber: "—",
  },
  claim: {
    title: "Paiement",
    waiting:
      "Pas encore de données de paiement : la demande figurera dans le prochain export des " +
      "paiements de sa caisse.",
    mandateDate: "Date de mandatement",
    base: "Base de remboursement",
    amount: "Montant payé",
    shift: "Bascule du taxi au véhicule",
    finess: "FINESS de l’établissement",
    adeli: "Identifiant du prescripteur",
    yes: "Oui",
    no: "Non",
    loading: "Chargement des données de paiement…",
  },
  dashboard: {
    title: "Paiements",
    text:
      "Transmettez au service de liquidation les demandes validées, puis importez les données " +
      "de paiement qu’il renvoie.",
  },
} as const;
