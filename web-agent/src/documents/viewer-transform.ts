/** How a viewer shows a document: a zoom factor and, for images, a quarter-turn rotation. */
export interface ViewerTransform {
  zoom: number;
  /** Degrees clockwise: 0, 90, 180 or 270. */
  rotation: number;
}

export interface Size {
  width: number;
  height: number;
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

/** The scale at which something `width` wide fills a frame, never enlarged past its size. */
export function fitScale(width: number, frameWidth: number): number {
  if (width <= 0 || frameWidth <= 0) return 1;
  return Math.min(1, frameWidth / width);
}

/**
 * Where a zoomed, turned image sits in a frame `frameWidth` wide: the size the image is drawn
 * at, and the box its turned outline takes. The frame lays out and scrolls the box, not the
 * image: a CSS rotation alone leaves the layout as it was, so a portrait photo turned on its
 * side would stick out of the frame and be cut. At zoom 1 the box fits the frame's width.
 */
export function imageLayout(
  natural: Size,
  frameWidth: number,
  view: ViewerTransform,
): { image: Size; box: Size } {
  const sideways = view.rotation % 180 !== 0;
  const outlineWidth = sideways ? natural.height : natural.width;
  const scale = fitScale(outlineWidth, frameWidth) * view.zoom;
  const image = {
    width: Math.floor(natural.width * scale),
    height: Math.floor(natural.height * scale),
  };
  const box = sideways ? { width: image.height, height: image.width } : image;
  return { image, box };
}
