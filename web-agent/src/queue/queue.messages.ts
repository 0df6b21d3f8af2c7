import { counted } from "@mrs/web-common/text";

// Texts of the claim queue: filters, search, table and pages.
export const queueMessages = {
  title: "Demandes",
  filters: "Filtres",
  statuses: "Statuts",
  caisse: "Caisse",
  allCaisses: "Toutes mes caisses",
  from: "Déposées à partir du",
  to: "Déposées jusqu’au",
  onHold: "Mise en attente",
  conflicts: "Alertes de doublon",
  any: "Indifférent",
  yes: "Oui",
  no: "Non",
  apply: "Appliquer les filtres",
  clear: "Effacer les filtres",
  search: "Rechercher une demande",
  searchHint: "Numéro de demande, NIR, nom ou adresse électronique",
  searchButton: "Rechercher",
  loading: "Chargement des demandes…",
  // Instead of the count when the list could not be read (a refused search, the API down):
  // no list is shown, not even the previous one.
  noList: "Aucune demande affichée.",
  // Beyond 10 000 claims the API counts no further (`totalCountIsExact` is false).
  total: (n: number, exact = true) =>
    !exact
      ? `plus de ${counted(n, "demande", "demandes")}`
      : n === 0
        ? "Aucune demande ne correspond."
        : counted(n, "demande", "demandes"),
  page: (n: number) => `page ${n}`,
  caption: "Demandes correspondant aux filtres",
  headers: ["Numéro", "Patient", "Caisse", "Déposée le", "Statut", "Alertes"],
  conflictsKept: (n: number) => (n > 0 ? counted(n, "maintenue", "maintenues") : "—"),
  pager: {
    pagination: "Pagination des demandes",
    previous: "Page précédente",
    next: "Page suivante",
  },
  shortcuts: [
    { key: "n", label: "ouvrir la première demande de la page" },
    { key: "/", label: "aller à la recherche" },
  ],
} as const;
