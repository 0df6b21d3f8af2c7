import {
  bulkReport,
  isWholePage,
  NOTHING_SELECTED,
  selectedOf,
  toggled,
  toggledPage,
} from "./selection";

const page = [
  { id: "a", version: 1 },
  { id: "b", version: 3 },
  { id: "c", version: 2 },
];
const ids = page.map((claim) => claim.id);

test("ticks and unticks one claim", () => {
  const one = toggled(NOTHING_SELECTED, "b");
  expect([...one]).toEqual(["b"]);
  expect([...toggled(one, "b")]).toEqual([]);
});

test("'tout sélectionner sur la page' ticks the page, then unticks it", () => {
  const all = toggledPage(toggled(NOTHING_SELECTED, "a"), ids);
  expect(isWholePage(all, ids)).toBe(true);
  expect(toggledPage(all, ids).size).toBe(0);
  expect(isWholePage(NOTHING_SELECTED, [])).toBe(false);
});

test("sends the ticked claims of the page only, in its order, with their versions", () => {
  const selection = new Set(["c", "a", "gone"]);
  expect(selectedOf(selection, page)).toEqual([
    { id: "a", version: 1 },
    { id: "c", version: 2 },
  ]);
});

test("reports each claim, validated or not with the API's reason", () => {
  const report = bulkReport(
    [
      { id: "a", ok: true, message: null },
      { id: "b", ok: false, message: "Prenez d’abord la demande en charge avant de la valider." },
    ],
    new Map([
      ["a", "202612030001"],
      ["b", "202612030002"],
    ]),
  );
  expect(report.summary).toBe("1 demande validée, 1 demande non validée.");
  expect(report.lines).toEqual([
    { id: "a", ok: true, text: "N° 202612030001 : validée." },
    {
      id: "b",
      ok: false,
      text: "N° 202612030002 : non validée — Prenez d’abord la demande en charge avant de la valider.",
    },
  ]);
  expect(bulkReport([{ id: "a", ok: true, message: null }], new Map()).summary).toBe(
    "1 demande validée.",
  );
});
