"use client";

import { useState } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { documentsMessages as m } from "./documents.messages";
import { cssTransform, INITIAL_VIEW, rotateBy, zoomBy } from "./viewer-transform";

export type ImageViewerProps = { src: string; alt: string };

/** A photo or scan with zoom and rotation, all by buttons (keyboard and pointer alike). */
export function ImageViewer({ src, alt }: ImageViewerProps) {
  const [view, setView] = useState(INITIAL_VIEW);
  return (
    <div>
      <div
        role="toolbar"
        aria-label={m.toolbar}
        className={fr.cx(
          "fr-btns-group",
          "fr-btns-group--inline",
          "fr-btns-group--sm",
          "fr-btns-group--icon-left",
        )}
      >
        <Button
          size="small"
          priority="secondary"
          iconId="ri-zoom-in-line"
          onClick={() => setView((v) => zoomBy(v, 1))}
        >
          {m.zoomIn}
        </Button>
        <Button
          size="small"
          priority="secondary"
          iconId="ri-zoom-out-line"
          onClick={() => setView((v) => zoomBy(v, -1))}
        >
          {m.zoomOut}
        </Button>
        <Button
          size="small"
          priority="secondary"
          iconId="ri-anticlockwise-line"
          onClick={() => setView((v) => rotateBy(v, -1))}
        >
          {m.rotateLeft}
        </Button>
        <Button
          size="small"
          priority="secondary"
          iconId="ri-clockwise-line"
          onClick={() => setView((v) => rotateBy(v, 1))}
        >
          {m.rotateRight}
        </Button>
        <Button size="small" priority="tertiary" onClick={() => setView(INITIAL_VIEW)}>
          {m.reset}
        </Button>
      </div>
      <p className={fr.cx("fr-hint-text")} aria-live="polite">
        {m.zoomLevel(view.zoom, view.rotation)}
      </p>
      {/* The frame scrolls, so a zoomed photo can be read corner to corner. */}
      <div
        role="region"
        aria-label={alt}
        // Focusable, so that a zoomed photo can be scrolled with the arrow keys too.
        tabIndex={0}
        style={{
          overflow: "auto",
          maxHeight: "70vh",
          border: "1px solid var(--border-default-grey)",
          padding: "1rem",
          textAlign: "center",
        }}
      >
        <img
          src={src}
          alt={alt}
          style={{
            maxWidth: "100%",
            transform: cssTransform(view),
            transformOrigin: "center",
            transition: "transform 0.15s",
          }}
        />
      </div>
    </div>
  );
}
