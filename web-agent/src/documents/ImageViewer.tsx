"use client";

import { useRef, useState } from "react";
import { documentsMessages as m } from "./documents.messages";
import { useElementWidth } from "./use-element-width";
import { ViewerFrame } from "./ViewerFrame";
import { imageLayout, INITIAL_VIEW, type Size } from "./viewer-transform";

export type ImageViewerProps = { src: string; alt: string };

/** A photo or scan with zoom and rotation; turned sideways, it still fits its frame. */
export function ImageViewer({ src, alt }: ImageViewerProps) {
  const [view, setView] = useState(INITIAL_VIEW);
  const [natural, setNatural] = useState<Size | null>(null);
  const frameRef = useRef<HTMLDivElement>(null);
  const frameWidth = useElementWidth(frameRef);
  const layout = natural && frameWidth > 0 ? imageLayout(natural, frameWidth, view) : null;

  return (
    <ViewerFrame
      label={alt}
      setView={setView}
      rotatable
      status={m.zoomLevel(view.zoom, view.rotation)}
      frameRef={frameRef}
    >
      {/* The box takes the turned image's outline, so the frame lays it out whole. */}
      <div
        style={{
          position: "relative",
          margin: "0 auto",
          width: layout ? layout.box.width : "100%",
          height: layout ? layout.box.height : "auto",
        }}
      >
        <img
          src={src}
          alt={alt}
          onLoad={(event) =>
            setNatural({
              width: event.currentTarget.naturalWidth,
              height: event.currentTarget.naturalHeight,
            })
          }
          style={
            layout
              ? {
                  position: "absolute",
                  left: "50%",
                  top: "50%",
                  width: layout.image.width,
                  height: layout.image.height,
                  maxWidth: "none",
                  transform: `translate(-50%, -50%) rotate(${view.rotation}deg)`,
                }
              : { maxWidth: "100%" }
          }
        />
      </div>
    </ViewerFrame>
  );
}
