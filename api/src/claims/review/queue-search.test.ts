import { parseQueueSearch } from "./queue-search";

describe("parseQueueSearch", () => {
  it("recognises a claim number, a NIR with or without its key, and an e-mail", () => {
    expect(parseQueueSearch(" 202612040000 ")).toEqual({ kind: "number", number: "202612040000" });
    expect(parseQueueSearch("1 85 05 78 006 084")).toEqual({
      kind: "nir",
      nir: "1850578006084",
      key: null,
    });
    expect(parseQueueSearch("1 85 05 78 006 084 36")).toMatchObject({ kind: "nir", key: "36" });
    expect(parseQueueSearch("Zoe.Martin@Exemple.fr")).toMatchObject({ kind: "email" });
  });

  it("reads a name typed with a typographic apostrophe like one typed with a straight one", () => {
    expect(parseQueueSearch("D’Artagnan")).toEqual({ kind: "lastName", prefix: "dartagnan" });
    expect(parseQueueSearch("d'artagnan")).toEqual({ kind: "lastName", prefix: "dartagnan" });
  });

  it("refuses what could only be a LIKE pattern or nothing", () => {
    for (const text of ["%", "_", "  ", "a%b"]) expect(parseQueueSearch(text)).toBeNull();
  });
});
