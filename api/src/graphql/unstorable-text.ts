import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, Kind, visit, type DocumentNode } from "graphql";
import type { GraphQLContext } from "./context";
import { DomainError, InputError } from "./errors";

/** A NUL character or half a surrogate pair: no PostgreSQL text or JSON value can hold either. */
const UNSTORABLE = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const unstorableTextMessage =
  "Ce texte contient un caractère qui ne peut pas être enregistré : retirez-le puis réessayez.";

/** The path ("patient.firstName") of the first string of `value` that cannot be stored. */
export function unstorablePath(value: unknown, path: string[] = []): string | null {
  if (typeof value === "string") return UNSTORABLE.test(value) ? path.join(".") : null;
  if (value === null || typeof value !== "object") return null;
  for (const [key, item] of Object.entries(value)) {
    const found = unstorablePath(item, [...path, key]);
    if (found !== null) return found;
  }
  return null;
}

// Apollo keeps one parsed document per query text: each is walked once, not per request.
const storableDocuments = new WeakSet<DocumentNode>();

function documentHasUnstorableText(document: DocumentNode): boolean {
  if (storableDocuments.has(document)) return false;
  let found = false;
  visit(document, {
    [Kind.STRING]: (node) => {
      if (UNSTORABLE.test(node.value)) found = true;
    },
  });
  if (!found) storableDocuments.add(document);
  return found;
}

/**
 * Refuses, before any resolver runs, a request whose variables or literals hold text that
 * PostgreSQL cannot store (a NUL, a lone surrogate): it would otherwise fail at the first
 * write as an internal error, whichever field carries it, even one the operation ignores but
 * keeps in a snapshot. The field is named as in every input error: relative to the argument.
 */
export function unstorableTextPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          for (const [name, value] of Object.entries(request.variables ?? {})) {
            const path = unstorablePath(value);
            if (path !== null) throw refusal(path || name);
          }
          if (documentHasUnstorableText(document)) throw refusal(null);
        },
      };
    },
  };
}

function refusal(field: string | null): GraphQLError {
  const reason = { reason: "UNSTORABLE_TEXT" };
  const error =
    field === null
      ? new DomainError("BAD_USER_INPUT", unstorableTextMessage, reason)
      : new InputError(field, unstorableTextMessage, reason);
  return new GraphQLError(unstorableTextMessage, {
    originalError: error,
    extensions: { http: { status: 400 } },
  });
}
