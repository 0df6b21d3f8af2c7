import {
  cssTransform,
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

test("writes a CSS transform", () => {
  expect(cssTransform({ zoom: 1.5, rotation: 90 })).toBe("rotate(90deg) scale(1.5)");
});
