import { nameKey, normaliseName } from "./person-name";
import { normaliseEmail, normalisePhone } from "./contact";

describe("normaliseName", () => {
  it("folds typographic apostrophes and dashes and collapses spaces", () => {
    expect(normaliseName("  d’Artagnan–Dupont   de  la Tour ")).toEqual({
      ok: true,
      name: "d'Artagnan-Dupont de la Tour",
    });
  });

  it("accepts letters of any script with their accents", () => {
    expect(normaliseName("Zoé")).toEqual({ ok: true, name: "Zoé" });
    expect(normaliseName("Þórunn")).toMatchObject({ ok: true });
  });

  it("refuses digits, symbols, empty and over-long names", () => {
    expect(normaliseName("R2D2")).toMatchObject({ ok: false, message: /lettres/ });
    expect(normaliseName("<script>")).toMatchObject({ ok: false });
    expect(normaliseName("   ")).toMatchObject({ ok: false, message: /Indiquez/ });
    expect(normaliseName("a".repeat(71))).toMatchObject({ ok: false, message: /70/ });
    expect(normaliseName("a".repeat(70))).toMatchObject({ ok: true });
  });
});

describe("nameKey", () => {
  it("ignores case, accents and separators", () => {
    expect(nameKey("Zoé")).toBe(nameKey("ZOE"));
    expect(nameKey("Jean-Éric")).toBe(nameKey("jean eric"));
    expect(nameKey("Léa")).not.toBe(nameKey("Léo"));
    expect(nameKey("D’Artagnan–Éluard")).toBe(nameKey("d'artagnan-eluard"));
  });

  it("is never longer than the name, whatever its script", () => {
    for (const name of ["가".repeat(70), "한국어", "Nguyễn Thị Ánh", "Ἀθηνᾶ", "Łukasz Żółć"]) {
      expect(normaliseName(name)).toMatchObject({ ok: true });
      expect(nameKey(name).length).toBeLessThanOrEqual(name.length);
    }
    expect(nameKey("한국어")).toBe("한국어");
  });
});

describe("contact rules", () => {
  it("accepts plain e-mails and refuses malformed ones", () => {
    expect(normaliseEmail(" zoe.martin@exemple.fr ")).toBe("zoe.martin@exemple.fr");
    expect(normaliseEmail("o'neil+transport@exemple.fr")).toBe("o'neil+transport@exemple.fr");
    const bads = ["zoe", "zoe@", "zoe@exemple", "a b@exemple.fr", "@exemple.fr"];
    // What a mail header would read as another recipient, and control characters.
    bads.push("<a>@exemple.fr", "o'neil\"x@exemple.fr", "a,b@exemple.fr", "a\u0000b@exemple.fr");
    bads.push(`${"a".repeat(250)}@exemple.fr`);
    for (const bad of bads) {
      expect(normaliseEmail(bad)).toBeNull();
    }
  });

  it("normalises French phone numbers, overseas included", () => {
    expect(normalisePhone("06 12 34 56 78")).toBe("+33612345678");
    expect(normalisePhone("+33 6.12.34.56.78")).toBe("+33612345678");
    expect(normalisePhone("0033612345678")).toBe("+33612345678");
    expect(normalisePhone("+262 692 12 34 56")).toBe("+262692123456");
    expect(normalisePhone("+44 7700 900123")).toBeNull();
    expect(normalisePhone("12345")).toBeNull();
    expect(normalisePhone("00 12 34 56 78")).toBeNull();
  });
});
