import {
  fitScale,
  imageLayout,
  INITIAL_VIEW,
  MAX_ZOOM,
  MIN_ZOOM,
  rotateBy,
  zoomBy,
} from "./viewer-transform";

test("zooms by quarter steps within bounds", () => {
  expect(zoomBy(INITIAL_VIEW, 1).zoom).toBe(1.25);
  expect(zoomBy(INITIAL_VIEW, 100).zoom).toBe(MAX_ZOOM);
  expect(zoomBy(INITIAL_VIEW, -100).zoom).toBe(MIN_ZOOM);
});

test("rotates by quarter turns both ways and wraps around", () => {
  expect(rotateBy(INITIAL_VIEW, 1).rotation).toBe(90);
  expect(rotateBy(INITIAL_VIEW, -1).rotation).toBe(270);
  expect(rotateBy(rotateBy(INITIAL_VIEW, 3), 1).rotation).toBe(0);
});

test("fits the frame's width without enlarging a small document", () => {
  expect(fitScale(1200, 600)).toBe(0.5);
  expect(fitScale(300, 600)).toBe(1);
  expect(fitScale(0, 600)).toBe(1);
});

// A portrait photo, as phones take them: 3 024 × 4 032 pixels, in a 600 px frame.
const photo = { width: 3024, height: 4032 };

test("upright, the photo fills the frame's width", () => {
  expect(imageLayout(photo, 600, INITIAL_VIEW)).toEqual({
    image: { width: 600, height: 800 },
    box: { width: 600, height: 800 },
  });
});

test.each([90, 270])("turned %i°, its outline still fits the frame's width", (rotation) => {
  const { image, box } = imageLayout(photo, 600, { zoom: 1, rotation });
  expect(box.width).toBeLessThanOrEqual(600);
  expect(box).toEqual({ width: image.height, height: image.width });
  expect(image).toEqual({ width: 450, height: 600 });
});

test("zooming grows the box, which the frame then scrolls", () => {
  const { box } = imageLayout(photo, 600, { zoom: 2, rotation: 90 });
  expect(box).toEqual({ width: 1200, height: 900 });
});
