import { GraphQLScalarType, Kind } from "graphql";
import { DateTimeResolver, JSONObjectResolver } from "graphql-scalars";
import { isLocalDate } from "../shared/local-date";

/**
 * A calendar date "YYYY-MM-DD" in the Europe/Paris calendar, with no time and no zone.
 * Kept as a string end to end so that no time-zone conversion can shift it by a day.
 */
export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: "LocalDate",
  description: "Date du calendrier (Europe/Paris) au format AAAA-MM-JJ, sans heure ni fuseau.",
  serialize(value) {
    if (typeof value === "string" && isLocalDate(value)) return value;
    throw new TypeError("LocalDate cannot represent this value");
  },
  parseValue(value) {
    if (typeof value === "string" && isLocalDate(value)) return value;
    throw new TypeError("Date invalide : utilisez le format AAAA-MM-JJ (par exemple 2026-03-14).");
  },
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING && isLocalDate(ast.value)) return ast.value;
    throw new TypeError("Date invalide : utilisez le format AAAA-MM-JJ (par exemple 2026-03-14).");
  },
});

/** An instant, ISO-8601 in UTC. */
export const DateTimeScalar = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  name: "DateTime",
  description: "Instant au format ISO 8601, en UTC.",
});

/** A JSON object, for audit data whose shape depends on the event (before/after values). */
export const JSONObjectScalar = new GraphQLScalarType({
  ...JSONObjectResolver.toConfig(),
  name: "JSONObject",
  description: "Objet JSON, dont la forme dépend de l'événement.",
});
