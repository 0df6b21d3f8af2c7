// Display formats of the agent portal: French conventions, Paris time for instants.
const euros = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" });
const parisDateTime = new Intl.DateTimeFormat("fr-FR", {
  timeZone: "Europe/Paris",
  dateStyle: "short",
  timeStyle: "short",
});
const parisDate = new Intl.DateTimeFormat("fr-FR", {
  timeZone: "Europe/Paris",
  dateStyle: "short",
});

/** Integer cents (never floats, SPEC 4.2) as "1 234,50 €"; null as an em dash. */
export function formatCents(cents: number | null | undefined): string {
  return cents === null || cents === undefined ? "—" : euros.format(cents / 100);
}

/** A calendar date "2026-06-10" as "10/06/2026", without any time-zone shift. */
export function formatLocalDate(date: string | null | undefined): string {
  if (!date) return "—";
  const [year, month, day] = date.split("-");
  return day && month && year ? `${day}/${month}/${year}` : date;
}

/** An instant, as a Paris date and time. */
export function formatInstant(instant: string): string {
  return parisDateTime.format(new Date(instant));
}

/** An instant, as its Paris calendar day. */
export function formatInstantDate(instant: string): string {
  return parisDate.format(new Date(instant));
}

/** A NIR grouped as on the carte Vitale: "2 68 02 31 555 042 23". */
export function formatNir(nir: string): string {
  const groups = [1, 2, 2, 2, 3, 3, 2];
  let rest = nir.replace(/\s+/g, "");
  const parts: string[] = [];
  for (const size of groups) {
    if (rest === "") break;
    parts.push(rest.slice(0, size));
    rest = rest.slice(size);
  }
  return [...parts, rest].filter((part) => part !== "").join(" ");
}
