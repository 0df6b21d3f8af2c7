import { detectType } from "./document-content";
import { safeFileName } from "./receive-multipart";

describe("detectType", () => {
  it("recognises the accepted formats by their first bytes only", () => {
    expect(detectType(Buffer.from([0xff, 0xd8, 0xff, 0xe1]))).toBe("image/jpeg");
    expect(detectType(Buffer.from("89504e470d0a1a0a0000", "hex"))).toBe("image/png");
    expect(detectType(Buffer.from("%PDF-1.7\n"))).toBe("application/pdf");
    expect(detectType(Buffer.from("0000001c6674797068656963", "hex"))).toBe("image/heic");
  });

  it("refuses everything else, HTML dressed as a PDF included", () => {
    expect(detectType(Buffer.from("<!doctype html><script>"))).toBeNull();
    expect(detectType(Buffer.from(" %PDF-1.7"))).toBeNull();
    expect(detectType(Buffer.from("GIF89a"))).toBeNull();
    expect(detectType(Buffer.alloc(0))).toBeNull();
  });
});

describe("safeFileName", () => {
  it("keeps a readable name without any path or control character", () => {
    expect(safeFileName("C:\\Users\\zoe\\ordonnance.pdf", false)).toBe("ordonnance.pdf");
    expect(safeFileName("../../etc/passwd", false)).toBe("passwd");
    expect(safeFileName("re\u0000çu\n.png", false)).toBe("reçu.png");
    expect(safeFileName("..", false)).toBe("document");
    expect(safeFileName("IMG_0001.HEIC", true)).toBe("IMG_0001.jpg");
  });
});
