import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";
import { importFailureText } from "./import-failure";

test("shows the API's French reason when it refuses the whole file", () => {
  const header = "La première ligne du fichier doit être exactement l’en-tête « caisse;id;… ».";
  const error = new CombinedGraphQLErrors({
    errors: [
      {
        message: header,
        extensions: { code: "BAD_USER_INPUT", field: "csv", reason: "WRONG_HEADER" },
      },
    ],
  });
  expect(importFailureText(error)).toBe(header);
});

test("explains a request over the API's size limit (HTTP 413) as a file to split", () => {
  const bodyText = JSON.stringify({ code: "BAD_USER_INPUT", reason: "TOO_LARGE", message: "…" });
  const error = new ServerError("Response not successful: Received status code 413", {
    response: new Response(bodyText, { status: 413 }),
    bodyText,
  });
  expect(importFailureText(error)).toMatch(/dépasse 1 Mo.*découpez-le/);
});

test("any other failure reads as the portal's usual sentence", () => {
  expect(importFailureText(new TypeError("fetch failed"))).toMatch(/Réessayez/);
});
