import type { PDFDocumentLoadingTask } from "pdfjs-dist";

// Documents being closed: they still hold the shared worker (see openPdf).
let closing: Promise<unknown> = Promise.resolve();

/**
 * Opens a PDF with PDF.js, configured so that a document sent by anyone on the internet cannot
 * act in the agent's session: the core library only draws (no viewer, so no PDF scripting
 * and no forms), never evaluates strings as code (`isEvalSupported: false`), renders no XFA,
 * and parses in a worker that this site serves itself (bundled from pdfjs-dist, so the
 * Content-Security-Policy's `worker-src 'self'` holds). PDF.js is loaded on first use only:
 * the queue and the dashboard never download it.
 */
export async function openPdf(url: string): Promise<PDFDocumentLoadingTask> {
  const pdfjs = await import("pdfjs-dist");
  // The worker is shared: a document still being closed holds it, and PDF.js refuses to open
  // another one on it meanwhile (switching from one PDF to the next).
  await closing;
  if (!pdfjs.GlobalWorkerOptions.workerPort) {
    // One worker for the whole visit, reused by every document shown.
    pdfjs.GlobalWorkerOptions.workerPort = new Worker(
      new URL("pdfjs-dist/build/pdf.worker.min.mjs", import.meta.url),
      { type: "module" },
    );
  }
  return pdfjs.getDocument({
    url,
    isEvalSupported: false,
    enableXfa: false,
    // Decoders (JPEG 2000, JBIG2), standard fonts, character maps and colour profiles, copied
    // from pdfjs-dist into public/pdfjs at build time (scripts/copy-pdfjs-assets.mjs).
    // Absolute: the worker resolves some of them, and its base is not the page's.
    wasmUrl: ownAsset("wasm/"),
    standardFontDataUrl: ownAsset("standard_fonts/"),
    cMapUrl: ownAsset("cmaps/"),
    iccUrl: ownAsset("iccs/"),
  });
}

const ownAsset = (folder: string) => new URL(`/pdfjs/${folder}`, window.location.origin).href;

/** Closes a document and frees its part of the worker; the next openPdf waits for it. */
export function closePdf(task: Promise<PDFDocumentLoadingTask>): void {
  closing = Promise.all([closing, task.then((opened) => opened.destroy())]).catch(() => undefined);
}
