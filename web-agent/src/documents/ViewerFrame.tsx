"use client";

import type { Dispatch, ReactNode, RefObject, SetStateAction } from "react";
import { fr } from "@codegouvfr/react-dsfr";
import { Button, type ButtonProps } from "@codegouvfr/react-dsfr/Button";
import { documentsMessages as m } from "./documents.messages";
import { INITIAL_VIEW, rotateBy, zoomBy, type ViewerTransform } from "./viewer-transform";

export type ViewerFrameProps = {
  /** Name of the scrolling region, read by screen readers. */
  label: string;
  setView: Dispatch<SetStateAction<ViewerTransform>>;
  /** Images turn; PDF pages do not. */
  rotatable: boolean;
  /** Tools of this kind of document only (a PDF's pages), after the common ones. */
  tools?: ReactNode;
  /** Said politely after each change: zoom, rotation, page. */
  status: string;
  frameRef: RefObject<HTMLDivElement | null>;
  children: ReactNode;
};

/** The common part of the viewers: a toolbar of buttons (keyboard and pointer alike) above a
 * frame that scrolls, so that a zoomed document can be read corner to corner. */
export function ViewerFrame(props: ViewerFrameProps) {
  const { label, setView, rotatable, tools, status, frameRef, children } = props;
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
        <Tool icon="ri-zoom-in-line" onClick={() => setView((v) => zoomBy(v, 1))}>
          {m.zoomIn}
        </Tool>
        <Tool icon="ri-zoom-out-line" onClick={() => setView((v) => zoomBy(v, -1))}>
          {m.zoomOut}
        </Tool>
        {rotatable && (
          <>
            <Tool icon="ri-anticlockwise-line" onClick={() => setView((v) => rotateBy(v, -1))}>
              {m.rotateLeft}
            </Tool>
            <Tool icon="ri-clockwise-line" onClick={() => setView((v) => rotateBy(v, 1))}>
              {m.rotateRight}
            </Tool>
          </>
        )}
        <Button size="small" priority="tertiary" onClick={() => setView(INITIAL_VIEW)}>
          {m.reset}
        </Button>
        {tools}
      </div>
      <p className={fr.cx("fr-hint-text")} aria-live="polite">
        {status}
      </p>
      <div
        ref={frameRef}
        role="region"
        aria-label={label}
        // Focusable, so that a zoomed document can be scrolled with the arrow keys too.
        tabIndex={0}
        style={{
          overflow: "auto",
          maxHeight: "70vh",
          border: "1px solid var(--border-default-grey)",
          padding: "1rem",
        }}
      >
        {children}
      </div>
    </div>
  );
}

type ToolProps = { icon: ButtonProps.WithIcon["iconId"]; onClick: () => void; children: string };

function Tool({ icon, onClick, children }: ToolProps) {
  return (
    <Button size="small" priority="secondary" iconId={icon} onClick={onClick}>
      {children}
    </Button>
  );
}
