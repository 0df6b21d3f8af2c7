import {
  claimFilterOf,
  EMPTY_QUEUE,
  hasPreviousPage,
  nextPage,
  pageNumber,
  parseQueueQuery,
  previousPage,
  queueQuery,
  withFilters,
} from "./queue-query";

const read = (query: string) => parseQueueQuery(new URLSearchParams(query));

test("round-trips every filter and the page through the query string", () => {
  const state = {
    statuses: ["SUBMITTED" as const, "IN_PROGRESS" as const],
    caisseIds: ["c-311"],
    submittedFrom: "2026-01-01",
    submittedTo: "2026-02-28",
    onHold: false,
    hasConflicts: true,
    after: "cur2",
    previous: ["", "cur1"],
  };
  const query = queueQuery(state);
  expect(query).toBe(
    "statut=SUBMITTED&statut=IN_PROGRESS&caisse=c-311&du=2026-01-01&au=2026-02-28" +
      "&attente=non&conflits=oui&avant=&avant=cur1&apres=cur2",
  );
  expect(read(query)).toEqual(state);
});

test("the first page without filters has an empty query string", () => {
  expect(queueQuery(EMPTY_QUEUE)).toBe("");
  expect(read("")).toEqual(EMPTY_QUEUE);
});

test("ignores unknown statuses, malformed dates and odd yes/no values", () => {
  expect(read("statut=PAID&statut=VALIDATED&du=01/02/2026&attente=peut-etre")).toEqual({
    ...EMPTY_QUEUE,
    statuses: ["VALIDATED"],
  });
});

test("never puts a search text in the address", () => {
  expect(Object.keys(EMPTY_QUEUE)).not.toContain("search");
});

test("goes forward with end cursors and back again to the first page", () => {
  const page2 = nextPage(EMPTY_QUEUE, "c1");
  const page3 = nextPage(page2, "c2");
  expect(pageNumber(page3)).toBe(3);
  expect(previousPage(page3)).toEqual(page2);
  expect(previousPage(page2)).toEqual(EMPTY_QUEUE);
  expect(hasPreviousPage(EMPTY_QUEUE)).toBe(false);
  expect(previousPage(EMPTY_QUEUE)).toBe(EMPTY_QUEUE);
  expect(read(queueQuery(page3))).toEqual(page3);
});

test("changing a filter goes back to the first page", () => {
  const page2 = nextPage(EMPTY_QUEUE, "c1");
  expect(withFilters(page2, { onHold: true })).toEqual({ ...EMPTY_QUEUE, onHold: true });
});

test("maps the state and the search text to the API's filter", () => {
  const state = { ...EMPTY_QUEUE, statuses: ["SUBMITTED" as const], onHold: false };
  expect(claimFilterOf(state, "  Dupont ")).toEqual({
    status: ["SUBMITTED"],
    caisseIds: null,
    search: "Dupont",
    submittedFrom: null,
    submittedTo: null,
    onHold: false,
    hasConflicts: null,
  });
  expect(claimFilterOf(EMPTY_QUEUE, " ").search).toBeNull();
});
