export type Point = [number, number];

/** A marker's radius in the prerendered page, in map units; the page resizes markers (marker-size.ts). */
export const MARKER_RADIUS = 12;

/** One country outline, projected and serialised for the page. */
export interface Shape {
  /** world-atlas id (ISO 3166-1 numeric), or x<index> for the few shapes without one. */
  id: string;
  name: string;
  d: string;
  /** The shape's middle: its pole of inaccessibility, always inside it; carried to the page only for shapes that join to a host (nearest-hover, keyboard, tooltip). */
  centroid?: Point;
  /** How far the middle lies from the shape's edge, in map units (a label this size around it stays inside). */
  room?: number;
}

/** Everything the page needs to draw the map; produced at build time, read back from the DOM. */
export interface MapLayout {
  width: number;
  height: number;
  shapes: Shape[];
  /** Marker positions by host id: territories, hosts too small to hover, hosts world-atlas 110m lacks. */
  markers: Record<string, Marker>;
  /** Countries too small for the 110m shapes (Bahrain, Malta...): named for search, not drawn. */
  places: Array<{ id: string; name: string }>;
  /** Region views (besides the whole world): a viewBox [x, y, width, height] each, in the world view's proportions. */
  regions: Array<{ id: string; box: [number, number, number, number] }>;
}

export interface Marker {
  /** Where the host really is. */
  anchor: Point;
  /** Where the prerendered marker is drawn (the placement for MARKER_RADIUS); a leader line joins it to the anchor. */
  at: Point;
  /** Where the marker is drawn at each radius of PLACEMENT_RADII (marker-size.ts), in that order. */
  fits: Point[];
}
