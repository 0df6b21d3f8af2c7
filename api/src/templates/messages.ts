import { PLACEHOLDERS } from "./placeholders";

const known = PLACEHOLDERS.map((p) => `{{${p}}}`).join(", ");

/** What supervisors read when they manage message templates. */
export const messages = {
  unknownPlaceholders: (names: string[]) =>
    `${names.length > 1 ? "Variables inconnues" : "Variable inconnue"} : ` +
    `${names.map((n) => `{{${n}}}`).join(", ")}. Variables possibles : ${known}.`,
  unbalancedBraces:
    "Accolades mal formées : une variable s’écrit entre doubles accolades, par exemple {{claimNumber}}.",
  required: (what: string) => `${what} est obligatoire.`,
  tooLong: (what: string, max: number) => `${what} ne peut pas dépasser ${max} caractères.`,
  duplicateName: "Un modèle porte déjà ce nom pour cette caisse.",
  notFound: "Modèle de message introuvable.",
  caisseNotFound: "Caisse introuvable.",
  nationalOnly: "Seul un administrateur national peut créer ou modifier un modèle national.",
} as const;
