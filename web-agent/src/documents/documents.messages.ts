function fileSize(bytes: number): string {
  return bytes >= 1_048_576
    ? `${(bytes / 1_048_576).toFixed(1).replace(".", ",")} Mo`
    : `${Math.ceil(bytes / 1024)} ko`;
}

// Texts of the document viewer of the claim page.
export const documentsMessages = {
  title: "Documents",
  none: "Aucun document joint.",
  kind: {
    PRESCRIPTION: "Prescription",
    VP_RECEIPT: "Justificatif véhicule",
    ATP_RECEIPT: "Titre de transport",
  },
  size: fileSize,
  toolbar: "Outils de la visionneuse",
  zoomIn: "Agrandir",
  zoomOut: "Réduire",
  rotateLeft: "Pivoter à gauche",
  rotateRight: "Pivoter à droite",
  reset: "Taille d’origine",
  zoomLevel: (zoom: number, rotation: number) =>
    `Zoom ${Math.round(zoom * 100)} %, rotation ${rotation}°`,
  imageAlt: (kind: string, name: string) => `${kind} : ${name}`,
  pdfTitle: (name: string) => `Document PDF : ${name}`,
  pdfLoading: "Chargement du document…",
  pdfStatus: (page: number, pages: number, zoom: number) =>
    `Page ${page} sur ${pages}, zoom ${Math.round(zoom * 100)} %`,
  pdfPage: (page: number, pages: number, name: string) => `Page ${page} sur ${pages} de ${name}`,
  pdfFailed:
    "Ce document PDF ne peut pas être affiché ici. Téléchargez-le pour l’ouvrir avec votre " +
    "lecteur de PDF.",
  pdfDetail: (bytes: number) => `PDF – ${fileSize(bytes)}`,
  previousPage: "Page précédente",
  nextPage: "Page suivante",
  download: "Télécharger",
} as const;
