// French agreement of a word with a count. French puts 0 and 1 in the singular ("0 demande",
// "1 demande", "2 demandes"); Intl.PluralRules knows it, so nobody writes "demande(s)".
const rules = new Intl.PluralRules("fr-FR");
const numbers = new Intl.NumberFormat("fr-FR");

/** The form that agrees with `count`: `plural(2, "maintenue", "maintenues")` → "maintenues". */
export function plural(count: number, one: string, other: string): string {
  return rules.select(count) === "one" ? one : other;
}

/** The count and the agreeing words: `counted(1234, "demande", "demandes")` → "1 234 demandes". */
export function counted(count: number, one: string, other: string): string {
  return `${numbers.format(count)} ${plural(count, one, other)}`;
}
