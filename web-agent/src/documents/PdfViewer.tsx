"use client";

import { useEffect, useRef, useState } from "react";
import type { PDFDocumentProxy, RenderTask } from "pdfjs-dist";
import { fr } from "@codegouvfr/react-dsfr";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { documentsMessages as m } from "./documents.messages";
import { closePdf, openPdf } from "./pdf-document";
import { useElementWidth } from "./use-element-width";
import { ViewerFrame } from "./ViewerFrame";
import { fitScale, INITIAL_VIEW } from "./viewer-transform";

export type PdfViewerProps = { src: string; name: string; sizeBytes: number };

/**
 * A PDF drawn page by page on a canvas by PDF.js (see pdf-document.ts for why no script of the
 * document can run), with page navigation, zoom and a download link.
 */
export function PdfViewer({ src, name, sizeBytes }: PdfViewerProps) {
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null);
  const [failed, setFailed] = useState(false);
  const [pageNumber, setPageNumber] = useState(1);
  const [view, setView] = useState(INITIAL_VIEW);
  const frameRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const rendering = useRef<RenderTask | null>(null);
  const frameWidth = useElementWidth(frameRef);

  useEffect(() => {
    let closed = false;
    const opening = openPdf(src);
    opening
      .then((task) => task.promise)
      .then((document) => !closed && setPdf(document))
      .catch(() => !closed && setFailed(true));
    return () => {
      closed = true;
      closePdf(opening);
    };
  }, [src]);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!pdf || !canvas || frameWidth === 0) return;
    let stale = false;
    const draw = async () => {
      // One drawing at a time on a canvas: the previous one ends before the next starts.
      const previous = rendering.current;
      previous?.cancel();
      await previous?.promise.catch(() => undefined);
      const page = await pdf.getPage(pageNumber);
      if (stale) return;
      const width = page.getViewport({ scale: 1 }).width;
      const viewport = page.getViewport({ scale: fitScale(width, frameWidth) * view.zoom });
      // Sharp on high-density screens: more canvas pixels than CSS pixels.
      const density = window.devicePixelRatio || 1;
      canvas.width = Math.floor(viewport.width * density);
      canvas.height = Math.floor(viewport.height * density);
      canvas.style.width = `${Math.floor(viewport.width)}px`;
      canvas.style.height = `${Math.floor(viewport.height)}px`;
      const task = page.render({
        canvas,
        viewport,
        transform: density === 1 ? undefined : [density, 0, 0, density, 0, 0],
      });
      rendering.current = task;
      await task.promise;
    };
    draw().catch((error: unknown) => {
      if (!stale && !isCancelled(error)) setFailed(true);
    });
    return () => {
      stale = true;
    };
  }, [pdf, pageNumber, view.zoom, frameWidth]);

  const pageCount = pdf?.numPages ?? 0;
  const pageTools = pageCount > 1 && (
    <>
      <Button
        size="small"
        priority="secondary"
        iconId="fr-icon-arrow-left-s-line"
        disabled={pageNumber <= 1}
        onClick={() => setPageNumber((n) => Math.max(1, n - 1))}
      >
        {m.previousPage}
      </Button>
      <Button
        size="small"
        priority="secondary"
        iconId="fr-icon-arrow-right-s-line"
        disabled={pageNumber >= pageCount}
        onClick={() => setPageNumber((n) => Math.min(pageCount, n + 1))}
      >
        {m.nextPage}
      </Button>
    </>
  );
  return (
    <div>
      {failed ? (
        <Alert severity="warning" small description={m.pdfFailed} />
      ) : (
        <ViewerFrame
          label={m.pdfTitle(name)}
          setView={setView}
          rotatable={false}
          tools={pageTools}
          status={pdf ? m.pdfStatus(pageNumber, pageCount, view.zoom) : m.pdfLoading}
          frameRef={frameRef}
        >
          <canvas
            ref={canvasRef}
            role="img"
            aria-label={m.pdfPage(pageNumber, pageCount, name)}
            style={{ display: "block", margin: "0 auto" }}
          />
        </ViewerFrame>
      )}
      <p className={fr.cx("fr-mt-1w")}>
        <a href={src} download={name} className={fr.cx("fr-link", "fr-link--download")}>
          {m.download} {name}
          <span className={fr.cx("fr-link__detail")}>{m.pdfDetail(sizeBytes)}</span>
        </a>
      </p>
    </div>
  );
}

function isCancelled(error: unknown): boolean {
  return error instanceof Error && error.name === "RenderingCancelledException";
}
