/**
 * How big a marker is drawn, shared by the build (which places markers for each size) and the
 * page (which picks the placement for the size it draws). Sizes are in CSS px on screen and in
 * map units (viewBox units; the world view is MAP_WIDTH units wide).
 */

/** The world view's width in map units (the 960 px reference width). */
export const WORLD_WIDTH = 960;

/**
 * Marker radii, in map units, the build places markers for, largest first. A placement that
 * keeps a circle of radius R off every other host keeps any smaller circle at the same centre
 * off them too, so the page draws a marker of radius r at the placement of the smallest R >= r.
 */
export const PLACEMENT_RADII = [15, 12, 10, 8, 6, 4.5, 3] as const;

/** The radius the prerendered page (no script) draws at, whatever its width. */
export const REFERENCE_RADIUS = 12;

export interface MarkerSize {
  /** Radius in map units. */
  radius: number;
  /** The placement to use: an entry of PLACEMENT_RADII. */
  placement: number;
}

/**
 * The marker radius for a map drawn `widthPx` CSS px wide showing `viewBoxWidth` map units.
 * On screen: 12 px on a world 768 px wide or more, shrinking with the map below that (down to
 * 5 px), so a phone's world map is not blanketed; zoomed into a region, markers grow back.
 * Never larger than the largest placement, so every drawn circle has a checked placement.
 */
export function markerSize(widthPx: number, viewBoxWidth: number): MarkerSize {
  const w = Math.max(widthPx, 1);
  const worldPx = (w * WORLD_WIDTH) / viewBoxWidth;
  const px = Math.min(12, Math.max(5, worldPx / 64));
  const radius = Math.min((px * viewBoxWidth) / w, PLACEMENT_RADII[0]);
  let placement: number = PLACEMENT_RADII[0];
  for (const r of PLACEMENT_RADII) if (r >= radius - 1e-9) placement = r;
  return { radius, placement };
}
