// Copies the data files PDF.js fetches at run time (WebAssembly image decoders, standard
// fonts, character maps, colour profiles) from the installed pdfjs-dist to public/pdfjs/, so
// that the portal serves them from its own origin, at the version the bundle was built with.
import { cpSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const app = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const pdfjs = path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
const target = path.join(app, "public/pdfjs");
rmSync(target, { recursive: true, force: true });
for (const folder of ["wasm", "standard_fonts", "cmaps", "iccs"]) {
  cpSync(path.join(pdfjs, folder), path.join(target, folder), { recursive: true });
}
