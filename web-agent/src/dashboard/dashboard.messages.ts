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
      : n === 1
        ? "1 demande en cours"
        : `${n} demandes en cours`,
  oldest: "Demande en attente depuis le plus longtemps",
  noneWaiting: "Aucune demande déposée n’attend de prise en charge.",
  oldestLine: (number: string, caisse: string, since: string) =>
    `N° ${number}, caisse ${caisse}, déposée le ${since}`,
  openQueue: "Voir les demandes déposées",
  mineLine: (number: string, name: string, since: string) =>
    `N° ${number} — ${name} — déposée le ${since}`,
} as const;
