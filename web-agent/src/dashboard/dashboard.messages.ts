import { counted } from "@mrs/web-common/text";

// Texts of the agent dashboard.
export const dashboardMessages = {
  title: "Tableau de bord",
  loading: "Chargement du tableau de bord…",
  counts: "Demandes de vos caisses",
  countsCaption: "Nombre de demandes par statut",
  countsHeaders: ["Statut", "Demandes"],
  // Beyond 10 000 claims of a status the API counts no further (`countIsExact` is false).
  count: (n: number, exact: boolean) =>
    exact ? String(n) : `plus de ${n.toLocaleString("fr-FR")}`,
  onHold: "Mises en attente",
  mine: "Mes demandes en cours",
  mineCount: (n: number) =>
    n === 0
      ? "Vous n’avez aucune demande en cours."
      : counted(n, "demande en cours", "demandes en cours"),
  // "En attente" is the on-hold badge of the queue and claim pages; the oldest claim to take
  // is counted without the claims on hold, so this section says "à prendre en charge".
  oldest: "Plus ancienne demande à prendre en charge",
  oldestScope: "Parmi les demandes déposées qui ne sont pas mises en attente.",
  noneWaiting: "Aucune demande déposée n’est à prendre en charge (hors mises en attente).",
  oldestLine: (number: string, caisse: string, since: string) =>
    `N° ${number}, caisse ${caisse}, déposée le ${since}`,
  openQueue: "Voir les demandes à prendre en charge",
  mineLine: (number: string, name: string, since: string) =>
    `N° ${number} — ${name} — déposée le ${since}`,
} as const;
