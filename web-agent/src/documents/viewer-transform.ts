/** How the image viewer shows a document: a zoom factor and a quarter-turn rotation. */
export interface ViewerTransform {
  zoom: number;
  /** Degrees clockwise: 0, 90, 180 or 270. */
  rotation: number;
}

export const INITIAL_VIEW: ViewerTransform = { zoom: 1, rotation: 0 };

const ZOOM_STEP = 0.25;
export const MIN_ZOOM = 0.5;
export const MAX_ZOOM = 4;

export function zoomBy(view: ViewerTransform, steps: number): ViewerTransform {
  const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, view.zoom + steps * ZOOM_STEP));
  return { ...view, zoom };
}

export function rotateBy(view: ViewerTransform, quarterTurns: number): ViewerTransform {
  return { ...view, rotation: (((view.rotation + quarterTurns * 90) % 360) + 360) % 360 };
}

/** The CSS transform: rotation first, so that zooming a turned photo keeps its orientation. */
export function cssTransform(view: ViewerTransform): string {
  return `rotate(${view.rotation}deg) scale(${view.zoom})`;
}
