/** French texts of the estimate (person-facing). */
export const estimateMessages = {
  distance: "Indiquez une distance entre 0 et 9 999 km pour l’ensemble des trajets.",
  amount: "Indiquez un montant positif d’au plus 9 999,99 €.",
  trips: "Indiquez entre 1 et 100 trajets.",
};
