/**
 * graphql-js refuses a variable before any resolver runs, in English:
 *   Variable "$input" got invalid value "2026-02-30" at "input.trips[0].outboundDate"; <why>
 * This turns it into the field path of our input errors ("trips.0.outboundDate") and a
 * French message, so that forms can show it beside the field like any other refusal.
 */
export function describeVariableError(message: string): { field: string; message: string } | null {
  const match = /^Variable "\$([^"]+)" got invalid value .*? at "([^"]+)"; (.*)$/s.exec(message);
  if (!match) return null;
  const [, variable = "", path = "", why = ""] = match;
  const segments = path.replace(/\[(\d+)\]/g, ".$1").split(".");
  // Drop the variable's own name: paths are relative to the operation's input argument.
  const field = (segments[0] === variable ? segments.slice(1) : segments).join(".");
  return { field: field || variable, message: frenchReason(why) };
}

function frenchReason(why: string): string {
  // Our own scalars (LocalDate…) already explain themselves in French.
  if (/^Date invalide|[àâçéèêëîïôûù]/i.test(why)) return why;
  if (/non 32-bit signed integer|non-integer/.test(why)) {
    return "Ce nombre n’est pas accepté : saisissez un nombre entier plus petit.";
  }
  if (/of required type .* was not provided|must not be null/.test(why)) {
    return "Ce champ est obligatoire.";
  }
  if (/does not exist in ".*" enum/.test(why)) return "Choisissez une des valeurs proposées.";
  return "Cette valeur n’est pas acceptée pour ce champ.";
}
