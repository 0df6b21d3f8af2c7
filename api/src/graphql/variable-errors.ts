/**
 * graphql-js refuses a variable before any resolver runs, in English, with the value echoed:
 *   Variable "$input" got invalid value "2026-02-30" at "input.trips[0].outboundDate"; <why>
 *   Variable "$input" got invalid value { … }; Field "foo" is not defined by type "ClaimInput".
 *   Variable "$input" of required type "ClaimInput!" was not provided.
 * This turns each into the field path of our input errors ("trips.0.outboundDate") and a
 * French message, so that forms can show it beside the field like any other refusal. The
 * value is never repeated: it may be a person's data.
 */
export function describeVariableError(message: string): { field: string; message: string } | null {
  const absent =
    /^Variable "\$([^"]+)" of (?:required|non-null) type "[^"]+" (?:was not provided|must not be null)\.$/s.exec(
      message,
    );
  if (absent) return { field: absent[1] ?? "", message: REQUIRED };
  // The value is JSON-like, its strings escaped: the first ` at "…"; ` is graphql-js's path.
  const invalid =
    /^Variable "\$([^"]+)" got invalid value .*? at "([^"]+)"; (.*)$/s.exec(message) ??
    /^Variable "\$([^"]+)" got invalid value .*; (.*)$/s.exec(message);
  if (!invalid) return null;
  const variable = invalid[1] ?? "";
  const path = invalid.length === 4 ? (invalid[2] ?? "") : variable;
  const why = invalid[invalid.length - 1] ?? "";
  const segments = path.replace(/\[(\d+)\]/g, ".$1").split(".");
  // Drop the variable's own name: paths are relative to the operation's input argument.
  const inside = segments[0] === variable ? segments.slice(1) : segments;
  // A field missing from, or foreign to, an input object is named after the object's path.
  const named = /^Field "([^"]+)" (?:of required type|is not defined by type)/.exec(why)?.[1];
  const field = [...inside, ...(named ? [named] : [])].join(".");
  return { field: field || variable, message: frenchReason(why) };
}

const REQUIRED = "Ce champ est obligatoire.";

function frenchReason(why: string): string {
  // Our own scalars (LocalDate…) explain themselves in French; graphql-js puts its English
  // "Expected type" before their message.
  const own = why.replace(/^Expected type "[^"]+"\.\s*/, "");
  if (/^Date invalide|[àâçéèêëîïôûù]/i.test(own)) return own;
  if (/non 32-bit signed integer/.test(why)) return "Ce nombre est trop grand.";
  if (/non-integer|cannot represent a non numeric/.test(why)) {
    return "Saisissez un nombre entier, sans virgule.";
  }
  if (/of required type .* was not provided|must not be null/.test(why)) return REQUIRED;
  if (/is not defined by type/.test(why)) return "Ce champ n’existe pas : retirez-le.";
  if (/does not exist in ".*" enum/.test(why)) return "Choisissez une des valeurs proposées.";
  return "Cette valeur n’est pas acceptée pour ce champ.";
}
