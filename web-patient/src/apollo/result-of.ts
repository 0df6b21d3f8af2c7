import type { TypedDocumentNode } from "@apollo/client";

/** The data type of a typed document, e.g. the row type of a list a query returns. */
export type ResultOf<Document> =
  Document extends TypedDocumentNode<infer Result, infer _Variables> ? Result : never;
