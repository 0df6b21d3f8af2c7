import { counted } from "@mrs/web-common/text";

// Texts of the bulk validation of the queue: selection, confirmation, per-claim report.
export const bulkMessages = {
  selectAll: "Tout sélectionner sur la page",
  selectClaim: (number: string) => `Sélectionner la demande n° ${number}`,
  selectionHeader: "Sélection",
  validateSelection: "Valider la sélection",
  selected: (n: number) =>
    n === 0
      ? "Aucune demande sélectionnée"
      : counted(n, "demande sélectionnée", "demandes sélectionnées"),
  confirmTitle: (n: number) => `Valider ${counted(n, "demande", "demandes")} ?`,
  confirmText:
    "Chaque demande est validée seule : celles qui ne peuvent pas l’être (non prises en " +
    "charge, en attente, modifiées entre-temps) sont signalées et laissées telles quelles. " +
    "Les patients des demandes validées reçoivent un courriel annonçant le paiement.",
  confirmButton: (n: number) => `Confirmer la validation de ${counted(n, "demande", "demandes")}`,
  cancel: "Annuler",
  reportTitle: "Résultat de la validation",
  summary: (validated: number, refused: number) =>
    [
      counted(validated, "demande validée", "demandes validées"),
      ...(refused > 0 ? [counted(refused, "demande non validée", "demandes non validées")] : []),
    ].join(", ") + ".",
  validatedLine: (number: string) => `N° ${number} : validée.`,
  refusedLine: (number: string, reason: string | null) =>
    `N° ${number} : non validée — ${reason ?? "la raison n’a pas été donnée."}`,
} as const;
