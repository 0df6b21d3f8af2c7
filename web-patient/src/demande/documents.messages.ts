// Texts of the document uploads (photos and scans of the prescription and receipts).
export const documentMessages = {
  hint: "Photo ou scan : JPEG, PNG, HEIC ou PDF, 10 Mo au plus par fichier. Plusieurs fichiers possibles.",
  listTitle: (label: string) => `Documents joints : ${label}`,
  uploading: (fileName: string, percent: number) => `Envoi de ${fileName} : ${percent} %`,
  uploaded: (fileName: string) => `${fileName} a été joint.`,
  removed: (fileName: string) => `${fileName} a été retiré.`,
  failed: (fileName: string, reason: string) => `${fileName} n’a pas été joint. ${reason}`,
  remove: "Retirer",
  progressLabel: (fileName: string) => `Progression de l’envoi de ${fileName}`,
  size: (bytes: number) =>
    bytes >= 1024 * 1024
      ? `${(bytes / (1024 * 1024)).toFixed(1).replace(".", ",")} Mo`
      : `${Math.max(1, Math.round(bytes / 1024))} ko`,
  network: "la connexion a été interrompue. Réessayez.",
  draftUnavailable: "le service est momentanément indisponible. Réessayez dans quelques instants.",
} as const;
