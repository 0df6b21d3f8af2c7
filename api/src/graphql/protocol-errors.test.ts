import { describeProtocolError } from "./protocol-errors";

describe("describeProtocolError", () => {
  it.each([
    [
      "Syntax Error: Directives limit of 20 exceeded, found 21.",
      "GRAPHQL_VALIDATION_FAILED",
      "La requête GraphQL utilise trop de directives : 20 au plus.",
    ],
    [
      "Syntax Error: Query Cost limit of 5000 exceeded, found 7200.",
      "GRAPHQL_VALIDATION_FAILED",
      "La requête GraphQL demande trop de données à la fois : découpez-la.",
    ],
    [
      "Must provide operation name if query contains multiple operations.",
      "OPERATION_RESOLUTION_FAILURE",
      "La requête contient plusieurs opérations : indiquez laquelle exécuter (operationName).",
    ],
    [
      "PersistedQueryNotFound",
      "PERSISTED_QUERY_NOT_FOUND",
      "Les requêtes persistées ne sont pas prises en charge : envoyez le texte de la requête.",
    ],
    [
      "POST body missing, invalid Content-Type, or JSON object has no keys.",
      "BAD_REQUEST",
      "Requête HTTP invalide : envoyez un objet JSON avec un champ « query ».",
    ],
  ])("%s → French", (english, reason, french) => {
    expect(describeProtocolError(english, reason)).toEqual({ message: french, detail: english });
  });

  it("leaves a message it does not know to the caller", () => {
    expect(describeProtocolError("Something else", "BAD_USER_INPUT")).toBeNull();
  });
});
