// Texts of the document viewer of the claim page.
export const documentsMessages = {
  title: "Documents",
  none: "Aucun document joint.",
  kind: {
    PRESCRIPTION: "Prescription",
    VP_RECEIPT: "Justificatif véhicule",
    ATP_RECEIPT: "Titre de transport",
  },
  size: (bytes: number) =>
    bytes >= 1_048_576
      ? `${(bytes / 1_048_576).toFixed(1).replace(".", ",")} Mo`
      : `${Math.ceil(bytes / 1024)} ko`,
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
  pdfOpen: "Ouvrir le PDF dans un nouvel onglet",
  download: "Télécharger",
} as const;
