/**
 * Refusals raised before any resolver runs (graphql-js's parser and validator, graphql-armor's
 * limits, Apollo's HTTP checks) come in English. The caller sees a French message; the
 * original text stays in `extensions.detail` for the partner developer who wrote the query.
 */
export interface ProtocolErrorDescription {
  message: string;
  detail: string;
}

interface Rule {
  matches: (message: string, reason: string | undefined) => boolean;
  french: (match: RegExpExecArray | null) => string;
  pattern?: RegExp;
}

const byPattern = (pattern: RegExp, french: Rule["french"]): Rule => ({
  pattern,
  matches: (message) => pattern.test(message),
  french,
});
const byReason = (reason: string, french: string): Rule => ({
  matches: (_message, actual) => actual === reason,
  french: () => french,
});

const RULES: Rule[] = [
  byPattern(
    /more that (\d+) tokens/,
    (m) => `La requête GraphQL est trop longue : ${m?.[1]} éléments au plus.`,
  ),
  byPattern(
    /depth limit of (\d+) exceeded/i,
    (m) => `La requête GraphQL est trop imbriquée : ${m?.[1]} niveaux au plus.`,
  ),
  byPattern(
    /Aliases limit of (\d+) exceeded/i,
    (m) => `La requête GraphQL utilise trop d’alias : ${m?.[1]} au plus.`,
  ),
  byPattern(
    /Directives limit of (\d+) exceeded/i,
    (m) => `La requête GraphQL utilise trop de directives : ${m?.[1]} au plus.`,
  ),
  byPattern(
    /Cost limit of (\d+) exceeded/i,
    () => "La requête GraphQL demande trop de données à la fois : découpez-la.",
  ),
  byPattern(
    /Cross-Site Request Forgery/,
    () =>
      "Requête refusée par la protection contre la falsification de requêtes (CSRF) : " +
      "envoyez l’en-tête Content-Type: application/json.",
  ),
  byPattern(
    /POST body missing|JSON object has no keys|GET query missing/,
    () => "Requête HTTP invalide : envoyez un objet JSON avec un champ « query ».",
  ),
  byPattern(
    /Operation batching disabled/,
    () =>
      "Les requêtes groupées (un tableau d’opérations) ne sont pas acceptées : " +
      "envoyez une opération par requête.",
  ),
  byPattern(
    /Unknown operation named "([^"]*)"/,
    (m) => `Aucune opération nommée « ${m?.[1]} » dans la requête.`,
  ),
  byReason(
    "OPERATION_RESOLUTION_FAILURE",
    "La requête contient plusieurs opérations : indiquez laquelle exécuter (operationName).",
  ),
  byReason(
    "PERSISTED_QUERY_NOT_FOUND",
    "Les requêtes persistées ne sont pas prises en charge : envoyez le texte de la requête.",
  ),
  byReason(
    "PERSISTED_QUERY_NOT_SUPPORTED",
    "Les requêtes persistées ne sont pas prises en charge : envoyez le texte de la requête.",
  ),
  byReason("GRAPHQL_PARSE_FAILED", "La requête GraphQL est mal formée : vérifiez sa syntaxe."),
  byReason(
    "GRAPHQL_VALIDATION_FAILED",
    "La requête GraphQL ne correspond pas au schéma publié (voir le détail).",
  ),
];

/** The French message for a protocol-level refusal, or null when none applies. */
export function describeProtocolError(
  message: string,
  reason: string | undefined,
): ProtocolErrorDescription | null {
  for (const rule of RULES) {
    if (!rule.matches(message, reason)) continue;
    const match = rule.pattern ? rule.pattern.exec(message) : null;
    return { message: rule.french(match), detail: message.trim() };
  }
  return null;
}
